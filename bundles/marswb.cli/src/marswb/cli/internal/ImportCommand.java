package marswb.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import marswb.bundle.BundleImport;
import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;

/**
 * {@code marswb import <files|folders|archives...> --out bundle.zip}: what a customer sent, recognized by content,
 * written as a clean v1 bundle that every other command (baselines and comparison included) then reads.
 */
final class ImportCommand {

	int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
		CommandLine line = CommandLine.parse(args, Set.of("--out", "--lang"), Set.of());
		line.choice("--lang", "en", Set.of("en", "zh-CN"));
		String target = line.option("--out", null);
		if (line.positional().isEmpty() || target == null) {
			throw new UsageException(Messages.Usage_import);
		}
		List<BundleImport.Line> lines;
		try {
			lines = BundleImport.write(line.positional().stream().map(Path::of).toList(), Path.of(target),
					BundleLimits.DEFAULT);
		} catch (BundleOpenException | IOException e) {
			err.println(Messages.format(Messages.Show_cannotOpen, e.getMessage()));
			return Cli.EXIT_UNUSABLE;
		}
		long artifacts = lines.stream().filter(l -> l.artifact() != null && l.source() != null).count();
		if (artifacts > 0) {
			out.println(Messages.format(Messages.Import_wrote, target, artifacts));
		}
		for (BundleImport.Line entry : lines) {
			if (entry.artifact() != null) {
				out.println("  " + entry.artifact() + "  <-  " + (entry.source() == null ? "" : entry.source() + ": ")
						+ entry.reason());
			} else {
				out.println("  " + Messages.Import_notRead + "  " + entry.source() + ": " + entry.reason());
			}
		}
		if (artifacts == 0) {
			err.println(Messages.Import_nothingRecognized);
			return Cli.EXIT_UNUSABLE;
		}
		return Cli.EXIT_OK;
	}
}
