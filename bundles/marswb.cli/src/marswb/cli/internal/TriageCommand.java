package marswb.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import marswb.engine.Analyzer;
import marswb.triage.TriageInputs;
import marswb.triage.TriageRow;
import marswb.triage.TriageRun;

/**
 * {@code marswb triage <folder|bundle ...> [--format text|csv|jsonl|html] [--by-check] [--out file] [--jobs N]
 * [--progress] [--lang en|zh-CN]}: every bundle under the arguments, analyzed in one process, as one table worst first.
 */
final class TriageCommand {

	int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
		CommandLine line = CommandLine.parse(args, Set.of("--format", "--lang", "--out", "--jobs"),
				Set.of("--progress", "--by-check"));
		String format = line.choice("--format", "text", Set.of("text", "csv", "jsonl", "html"));
		boolean byCheck = line.options().containsKey("--by-check");
		if (byCheck && format.equals("html")) {
			throw new UsageException(Messages.Usage_byCheckFormat);
		}
		line.choice("--lang", "en", Set.of("en", "zh-CN"));
		if (line.positional().isEmpty()) {
			throw new UsageException(Messages.Usage_triageInputs);
		}
		int jobs = jobs(line.option("--jobs", null));
		String outFile = line.option("--out", null);

		TriageInputs.Discovery discovery = TriageInputs.discover(line.positional().stream().map(Path::of).toList());
		discovery.skipped().forEach(file -> err.println(Messages.format(Messages.Triage_skipped, file)));
		if (discovery.bundles().isEmpty()) {
			err.println(Messages.Triage_noBundle);
			return Cli.EXIT_UNUSABLE;
		}
		Analyzer.platform().registryProblems()
				.forEach(problem -> err.println(Messages.format(Messages.Analyze_registryProblem, problem)));
		boolean terminal = err == System.err && TriageProgress.stderrIsTerminal();
		boolean progress = terminal || line.options().containsKey("--progress");
		TriageProgress shown = new TriageProgress(err, discovery.bundles().size(), terminal);
		List<TriageRow> rows;
		try {
			rows = new ArrayList<>(TriageRun.run(discovery.bundles(), jobs, progress ? shown : (row, done) -> {
			}));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Cli.EXIT_UNUSABLE;
		} finally {
			shown.finish();
		}
		rows.sort(TriageRow.WORST_FIRST);

		if (outFile == null) {
			write(format, byCheck, rows, out);
		} else {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (PrintStream file = new PrintStream(bytes, false, StandardCharsets.UTF_8)) {
				write(format, byCheck, rows, file);
			}
			try {
				Path target = Path.of(outFile).toAbsolutePath();
				Path temporary = Files.createTempFile(target.getParent(), ".triage", ".tmp");
				Files.write(temporary, bytes.toByteArray());
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (IOException | RuntimeException e) {
				err.println(Messages.format(Messages.Triage_cannotWrite, outFile, e.getMessage()));
				return Cli.EXIT_UNUSABLE;
			}
			err.println(Messages.format(Messages.Triage_written, outFile, TriageText.summary(rows)));
		}
		if (rows.stream().allMatch(row -> row.error() != null)) {
			return Cli.EXIT_UNUSABLE;
		}
		return rows.stream().anyMatch(row -> row.failCount() > 0) ? Cli.EXIT_FINDINGS : Cli.EXIT_OK;
	}

	private static void write(String format, boolean byCheck, List<TriageRow> rows, PrintStream out) {
		if (byCheck) {
			TriageByCheck.print(format, rows, out);
			out.flush();
			return;
		}
		switch (format) {
		case "csv" -> TriageCsv.print(rows, out);
		case "jsonl" -> TriageJson.print(rows, out);
		case "html" -> TriageHtml.print(rows, out);
		default -> TriageText.print(rows, out);
		}
		out.flush();
	}

	private static int jobs(String value) throws UsageException {
		if (value == null) {
			return Runtime.getRuntime().availableProcessors();
		}
		try {
			int jobs = Integer.parseInt(value);
			if (jobs >= 1 && jobs <= 256) {
				return jobs;
			}
		} catch (NumberFormatException e) {
			// the usage message below says what is expected
		}
		throw new UsageException(Messages.format(Messages.Usage_badJobs, value));
	}
}
