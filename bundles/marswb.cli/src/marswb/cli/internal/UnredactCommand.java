package marswb.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import marswb.redact.RedactionMap;
import marswb.redact.Unredaction;

/**
 * {@code marswb unredact <report or text file> --map private-map.json [--out file]}: the real names back in text
 * about a redacted bundle, for the engineer who owns the case. The map is only read. With {@code --out} the file
 * keeps its encoding and BOM; without, the text goes to stdout.
 */
final class UnredactCommand {

	int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
		CommandLine line = CommandLine.parse(args, Set.of("--out", "--map", "--lang"), Set.of());
		line.choice("--lang", "en", Set.of("en", "zh-CN"));
		String mapFile = line.option("--map", null);
		String target = line.option("--out", null);
		if (line.positional().size() != 1 || mapFile == null
				|| target != null && Path.of(target).toAbsolutePath().normalize().equals(Path.of(mapFile).toAbsolutePath().normalize())) {
			throw new UsageException(Messages.Usage_unredact);
		}
		Unredaction unredaction;
		try {
			unredaction = new Unredaction(RedactionMap.load(Path.of(mapFile)));
		} catch (IOException e) {
			err.println(Messages.format(Messages.Redact_cannotReadMap, mapFile, e.getMessage()));
			return Cli.EXIT_UNUSABLE;
		}
		String input = line.positional().get(0);
		try {
			byte[] file = Files.readAllBytes(Path.of(input));
			if (target == null) {
				out.print(unredaction.restoreText(file));
				out.flush();
				return Cli.EXIT_OK;
			}
			byte[] restored = unredaction.restore(file);
			try {
				Files.write(Path.of(target), restored);
			} catch (IOException e) {
				err.println(Messages.format(Messages.Unredact_cannotWrite, target, e.getMessage()));
				return Cli.EXIT_UNUSABLE;
			}
		} catch (IOException e) {
			err.println(Messages.format(Messages.Unredact_cannotRead, input, e.getMessage()));
			return Cli.EXIT_UNUSABLE;
		}
		err.println(Messages.format(Messages.Unredact_wrote, target));
		return Cli.EXIT_OK;
	}
}
