package marswb.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import marswb.bundle.BundleOpenException;
import marswb.engine.Analyzer;
import marswb.engine.CheckDescriptor;
import marswb.engine.RemediationPlan;
import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.server.Server;
import marswb.report.AppliedFix;
import marswb.report.ConfigurationText;
import marswb.report.HtmlReport;
import marswb.report.MarkdownReport;
import marswb.report.Report;
import marswb.report.SarifReport;
import marswb.report.Suppressions;
import marswb.triage.BundleInput;

/**
 * {@code marswb analyze <bundle> [--format text|json|html|sarif|markdown] [--out file] [--lang en|zh-CN] [--area A] [--fix ID ...] [--plan out.ps1]
 * [--all] [--suppressions file]}: the findings of every contributed check, worst first; quick-fixes applied as what-ifs; the remediation
 * plan; findings acknowledged in the suppressions file marked as such and left out of the exit code.
 */
final class AnalyzeCommand {

	private final Clock clock;

	AnalyzeCommand(Clock clock) {
		this.clock = clock;
	}

	int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
		CommandLine line = CommandLine.parse(args, Set.of("--format", "--lang", "--area", "--fix", "--plan", "--out",
				"--suppressions"),
				Set.of("--all"));
		String format = line.choice("--format", "text", Set.of("text", "json", "html", "sarif", "markdown"));
		line.choice("--lang", "en", Set.of("en", "zh-CN"));
		if (line.positional().size() != 1) {
			throw new UsageException(Messages.Usage_oneBundle);
		}
		List<String> areas = line.options().getOrDefault("--area", List.of());
		Analyzer analyzer = Analyzer.platform();
		for (String area : areas) {
			if (analyzer.descriptors().stream().noneMatch(d -> d.area().equals(area))) {
				throw new UsageException(Messages.format(Messages.Analyze_unknownArea, area, String.join(", ",
						analyzer.descriptors().stream().map(CheckDescriptor::area).distinct().sorted().toList())));
			}
		}
		List<String> fixes = line.options().getOrDefault("--fix", List.of());
		String plan = line.option("--plan", null);
		Suppressions suppressions;
		try {
			suppressions = suppressions(line);
		} catch (Suppressions.FormatException e) {
			err.println(e.getMessage());
			return Cli.EXIT_UNUSABLE;
		}
		Server server;
		try {
			server = BundleInput.read(Path.of(line.positional().get(0)));
		} catch (BundleOpenException e) {
			err.println(Messages.format(Messages.Show_cannotOpen, e.getMessage()));
			return Cli.EXIT_UNUSABLE;
		}
		analyzer.registryProblems().forEach(problem -> err.println(Messages.format(Messages.Analyze_registryProblem, problem)));
		Predicate<CheckDescriptor> filter = areas.isEmpty() ? d -> true : d -> areas.contains(d.area());

		Diagnosis diagnosis;
		List<AppliedFix> applied = new ArrayList<>();
		List<Analyzer.CheckTiming> timings;
		RemediationPlan remediation = null;
		if (fixes.isEmpty() && plan == null) {
			Analyzer.Result result = analyzer.analyze(server, filter);
			diagnosis = result.diagnosis();
			timings = result.timings();
		} else {
			WhatIfSession session = WhatIfSession.platform(server);
			for (String fix : fixes) {
				try {
					applied.add(new AppliedFix(fix, session.apply(fix)));
				} catch (IllegalArgumentException e) {
					err.println(e.getMessage());
					return Cli.EXIT_UNUSABLE;
				}
			}
			remediation = session.plan();
			if (plan != null) {
				try {
					remediation.write(Path.of(plan));
				} catch (IOException e) {
					err.println(Messages.format(Messages.Analyze_cannotWritePlan, plan, e.getMessage()));
					return Cli.EXIT_UNUSABLE;
				}
				err.println(Messages.format(Messages.Analyze_planWritten, plan, remediation.steps().size()));
			}
			Analyzer.Result result = analyzer.analyze(session.workingCopy(), filter);
			diagnosis = result.diagnosis();
			timings = result.timings();
		}
		suppressions.apply(diagnosis, clock);
		String target = line.option("--out", null);
		// only the HTML report carries the configuration as an appendix
		Report report = new Report(server, diagnosis, applied, remediation,
				format.equals("html") ? ConfigurationText.of(server) : null);
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (PrintStream file = target == null ? null : new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
			PrintStream to = file == null ? out : file;
			switch (format) {
			case "json" -> to.println(PrettyJson.of(AnalysisJson.document(server, diagnosis, applied, timings)));
			case "html" -> to.print(HtmlReport.render(report));
			case "sarif" -> to.println(PrettyJson.of(SarifReport.document(report, analyzer.descriptors())));
			case "markdown" -> to.print(MarkdownReport.render(report));
			default -> new AnalysisText(to, line.options().containsKey("--all")).print(server, diagnosis, applied);
			}
		}
		if (target != null) {
			try {
				Files.write(Path.of(target), buffer.toByteArray());
			} catch (IOException e) {
				err.println(Messages.format(Messages.Analyze_cannotWriteReport, target, e.getMessage()));
				return Cli.EXIT_UNUSABLE;
			}
			err.println(Messages.format(Messages.Analyze_reportWritten, target));
		}
		return diagnosis.getFindings().stream().anyMatch(Suppressions::failing) ? Cli.EXIT_FINDINGS : Cli.EXIT_OK;
	}

	/** The file of {@code --suppressions}, read before the bundle so that a broken one costs no analysis. */
	static Suppressions suppressions(CommandLine line) throws Suppressions.FormatException {
		String file = line.option("--suppressions", null);
		return file == null ? new Suppressions(List.of()) : Suppressions.read(Path.of(file));
	}
}
