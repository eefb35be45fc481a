package marswb.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import marswb.bundle.BundleOpenException;
import marswb.compare.Baseline;
import marswb.model.server.Server;
import marswb.triage.BundleInput;

/**
 * {@code marswb baseline <bundle> <out.baseline> [--name N]}: saves the server's model to compare later bundles
 * against. Exit 0 saved, 2 unusable input, unwritable file or usage.
 */
final class BaselineCommand {

	int run(String[] args, PrintStream err) throws UsageException {
		CommandLine line = CommandLine.parse(args, Set.of("--name", "--lang"), Set.of());
		line.choice("--lang", "en", Set.of("en", "zh-CN"));
		if (line.positional().size() != 2) {
			throw new UsageException(Messages.Usage_bundleAndBaseline);
		}
		Path out = Path.of(line.positional().get(1));
		if (!out.getFileName().toString().endsWith(Baseline.EXTENSION)) {
			throw new UsageException(Messages.format(Messages.Baseline_extension, Baseline.EXTENSION));
		}
		Server server;
		try {
			server = BundleInput.read(Path.of(line.positional().get(0)));
		} catch (BundleOpenException e) {
			err.println(Messages.format(Messages.Show_cannotOpen, e.getMessage()));
			return Cli.EXIT_UNUSABLE;
		}
		String name = line.option("--name", server.getHostName());
		try {
			Baseline.save(server, name, out);
		} catch (IOException e) {
			err.println(Messages.format(Messages.Baseline_cannotWrite, out, e.getMessage()));
			return Cli.EXIT_UNUSABLE;
		}
		err.println(Messages.format(Messages.Baseline_written, name, out));
		return Cli.EXIT_OK;
	}
}
