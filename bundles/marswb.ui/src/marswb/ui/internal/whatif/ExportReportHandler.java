package marswb.ui.internal.whatif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.BusyIndicator;

import marswb.engine.WhatIfSession;
import marswb.report.AppliedFix;
import marswb.report.HtmlReport;
import marswb.report.Report;
import marswb.ui.internal.bundles.OpenBundle;

/**
 * File > Export Report... writes the current bundle's findings, with its applied what-ifs, as the self-contained
 * HTML report of {@code marswb analyze --format html}. The command's optional {@code file} parameter skips the
 * dialog (tests, scripts).
 */
public class ExportReportHandler extends ExportFileHandler {

	public static final String COMMAND = "marswb.ui.exportReport";
	public static final String FILE_PARAMETER = "marswb.ui.exportReport.file";

	public ExportReportHandler() {
		super(FILE_PARAMETER, Messages.Report_exportDialog, "html", Messages.Report_htmlFilter, "report-");
	}

	@Override
	void write(OpenBundle current, Path file) throws IOException {
		Files.writeString(file, render(current), StandardCharsets.UTF_8);
	}

	private static String render(OpenBundle current) {
		List<String> fixes = current.appliedFixes();
		if (fixes.isEmpty()) {
			return HtmlReport.render(new Report(current.server(), current.diagnosis(), List.of(), null, null));
		}
		// the workbench's session keeps no per-fix delta (undo and redo would make it stale), so the fixes are
		// applied again, in their order, on a session of its own, as analyze --fix does
		List<AppliedFix> applied = new ArrayList<>();
		String[] html = new String[1];
		BusyIndicator.showWhile(null, () -> {
			WhatIfSession replay = WhatIfSession.platform(current.server());
			fixes.forEach(fix -> applied.add(new AppliedFix(fix, replay.apply(fix))));
			html[0] = HtmlReport.render(new Report(current.server(), replay.diagnosis(), applied, replay.plan(), null));
		});
		return html[0];
	}
}
