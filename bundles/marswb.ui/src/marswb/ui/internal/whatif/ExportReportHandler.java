package marswb.ui.internal.whatif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.custom.BusyIndicator;

import marswb.engine.Analyzer;
import marswb.engine.WhatIfSession;
import marswb.report.AppliedFix;
import marswb.report.ConfigurationText;
import marswb.report.HtmlReport;
import marswb.report.MarkdownReport;
import marswb.report.Report;
import marswb.report.SarifReport;
import marswb.ui.internal.bundles.OpenBundle;

/**
 * File > Export Report... writes the current bundle's findings, with its applied what-ifs, as one of the outputs of
 * {@code marswb analyze}, chosen by the file's extension: {@code .sarif} SARIF 2.1.0, {@code .md} the Markdown for a
 * ticket, anything else the self-contained HTML report with the configuration as read as its appendix. The command's
 * optional {@code file} parameter skips the dialog (tests, scripts).
 */
public class ExportReportHandler extends ExportFileHandler {

	public static final String COMMAND = "marswb.ui.exportReport";
	public static final String FILE_PARAMETER = "marswb.ui.exportReport.file";

	public ExportReportHandler() {
		super(FILE_PARAMETER, Messages.Report_exportDialog, "report-", new FileType("html", Messages.Report_htmlFilter),
				new FileType("sarif", Messages.Report_sarifFilter), new FileType("md", Messages.Report_markdownFilter));
	}

	@Override
	void write(OpenBundle current, Path file) throws IOException {
		Report report = report(current);
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		String text = name.endsWith(".sarif") ? SarifReport.text(report, Analyzer.platform().descriptors())
				: name.endsWith(".md") ? MarkdownReport.render(report) : HtmlReport.render(report);
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static Report report(OpenBundle current) {
		String configuration = ConfigurationText.of(current.server());
		List<String> fixes = current.appliedFixes();
		if (fixes.isEmpty()) {
			return new Report(current.server(), current.diagnosis(), List.of(), null, configuration);
		}
		// the workbench's session keeps no per-fix delta (undo and redo would make it stale), so the fixes are
		// applied again, in their order, on a session of its own, as analyze --fix does
		List<AppliedFix> applied = new ArrayList<>();
		Report[] report = new Report[1];
		BusyIndicator.showWhile(null, () -> {
			WhatIfSession replay = WhatIfSession.platform(current.server());
			fixes.forEach(fix -> applied.add(new AppliedFix(fix, replay.apply(fix))));
			report[0] = new Report(current.server(), replay.diagnosis(), applied, replay.plan(), configuration);
		});
		return report[0];
	}
}
