package marswb.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import marswb.bundle.BundleOpenException;
import marswb.compare.Baseline;
import marswb.compare.BaselineException;
import marswb.compare.Comparison;
import marswb.compare.ModelComparer;
import marswb.engine.Analyzer;
import marswb.model.server.Server;
import marswb.triage.BundleInput;

/**
 * {@code marswb compare <left> <right|baseline> [--format text|json] [--all] [--only-different] [--lang en|zh-CN]}: two
 * servers (or a server and a saved baseline) value by value and finding by finding. Exit 0 no difference, 1
 * differences, 2 unusable input or usage.
 */
final class CompareCommand {

	/** One side: the server and, for a baseline, its name. */
	record Side(String argument, String baselineName, Server server) {
	}

	int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
		CommandLine line = CommandLine.parse(args, Set.of("--format", "--lang"), Set.of("--only-different", "--all"));
		String format = line.choice("--format", "text", Set.of("text", "json"));
		line.choice("--lang", "en", Set.of("en", "zh-CN"));
		boolean onlyDifferent = line.options().containsKey("--only-different");
		boolean all = line.options().containsKey("--all");
		if (all && onlyDifferent) {
			throw new UsageException(Messages.Usage_allOrOnlyDifferent);
		}
		if (line.positional().size() != 2) {
			throw new UsageException(Messages.Usage_twoSides);
		}
		Side left;
		Side right;
		try {
			left = side(line.positional().get(0), err);
			right = side(line.positional().get(1), err);
		} catch (BundleOpenException e) {
			err.println(Messages.format(Messages.Show_cannotOpen, e.getMessage()));
			return Cli.EXIT_UNUSABLE;
		} catch (BaselineException e) {
			err.println(e.getMessage());
			return Cli.EXIT_UNUSABLE;
		}
		Analyzer analyzer = Analyzer.platform();
		analyzer.registryProblems().forEach(problem -> err.println(Messages.format(Messages.Analyze_registryProblem, problem)));
		Comparison comparison = ModelComparer.compare(left.server(), right.server(),
				analyzer.analyze(left.server()).diagnosis(), analyzer.analyze(right.server()).diagnosis());
		if (format.equals("json")) {
			out.println(PrettyJson.of(CompareJson.document(left, right, comparison, onlyDifferent)));
		} else {
			new CompareText(out).print(left, right, comparison, all);
		}
		return comparison.count() > 0 ? Cli.EXIT_FINDINGS : Cli.EXIT_OK;
	}

	private static Side side(String argument, PrintStream err) throws BundleOpenException, BaselineException {
		Path path = Path.of(argument);
		if (Baseline.isBaseline(path)) {
			Baseline baseline = Baseline.load(path);
			baseline.skipped()
					.forEach(skipped -> err.println(Messages.format(Messages.Compare_baselineSkipped, argument, skipped)));
			return new Side(argument, baseline.name(), baseline.server());
		}
		return new Side(argument, null, BundleInput.read(path));
	}
}
