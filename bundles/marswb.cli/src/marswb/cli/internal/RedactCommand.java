package marswb.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;
import marswb.redact.BundleRedaction;
import marswb.redact.RedactionMap;
import marswb.redact.Secret;

/**
 * {@code marswb redact <bundle> --out redacted.zip --map private-map.json [--paths]}: a copy of the bundle that can
 * be passed on, with the customer's names replaced by pseudonyms. The map is read when the file exists (several
 * bundles of one customer then share their pseudonyms) and saved only after the bundle was written; it is never
 * printed, and the output names it only by its path.
 */
final class RedactCommand {

	int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
		CommandLine line = CommandLine.parse(args, Set.of("--out", "--map", "--lang"), Set.of("--paths"));
		line.choice("--lang", "en", Set.of("en", "zh-CN"));
		String target = line.option("--out", null);
		String mapFile = line.option("--map", null);
		if (line.positional().size() != 1 || target == null || mapFile == null) {
			throw new UsageException(Messages.Usage_redact);
		}
		Path mapPath = Path.of(mapFile);
		RedactionMap map;
		try {
			map = Files.exists(mapPath) ? RedactionMap.load(mapPath) : new RedactionMap();
		} catch (IOException e) {
			err.println(Messages.format(Messages.Redact_cannotReadMap, mapFile, e.getMessage()));
			return Cli.EXIT_UNUSABLE;
		}
		BundleRedaction.Result result;
		try {
			result = BundleRedaction.write(Path.of(line.positional().get(0)), Path.of(target), map,
					line.options().containsKey("--paths"), BundleLimits.DEFAULT);
			map.save(mapPath);
		} catch (BundleOpenException | IOException e) {
			err.println(Messages.format(Messages.Show_cannotOpen, e.getMessage()));
			return Cli.EXIT_UNUSABLE;
		}
		out.println(Messages.format(Messages.Redact_wrote, target, result.written()));
		for (RedactionMap.Kind kind : RedactionMap.Kind.values()) {
			if (result.replaced().containsKey(kind)) {
				out.println("  " + Messages.Redact_replaced + "  " + kind.json + ": " + result.replaced().get(kind));
			}
		}
		for (Secret kind : Secret.values()) {
			if (result.secrets().containsKey(kind)) {
				out.println("  " + Messages.Redact_secretRemoved + "  " + kind.json + ": " + result.secrets().get(kind));
			}
		}
		for (BundleRedaction.SecretLines lines : result.secretLines()) {
			out.println("  " + Messages.Redact_secretLines + "  " + lines.path() + ": " + lines.count());
		}
		for (BundleRedaction.DependentCheck check : result.dependentChecks()) {
			out.println("  " + Messages.Redact_dependent + "  " + check.check() + "  " + check.path() + ":" + check.line());
		}
		for (BundleRedaction.Dropped dropped : result.dropped()) {
			out.println("  " + Messages.Redact_dropped + "  " + dropped.path() + ": " + dropped.reason());
		}
		out.println(Messages.format(Messages.Redact_map, mapFile));
		return Cli.EXIT_OK;
	}
}
