package marswb.ui.internal.whatif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.engine.WhatIfSession;
import marswb.report.AppliedFix;
import marswb.report.HtmlReport;
import marswb.report.Report;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;

/**
 * File > Export Report... writes the current bundle's findings, with its applied what-ifs, as the self-contained
 * HTML report of {@code marswb analyze --format html}. The command's optional {@code file} parameter skips the
 * dialog (tests, scripts).
 */
public class ExportReportHandler extends AbstractHandler {

	public static final String COMMAND = "marswb.ui.exportReport";
	public static final String FILE_PARAMETER = "marswb.ui.exportReport.file";

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(OpenBundles.get().current() != null);
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		OpenBundle current = OpenBundles.get().current();
		if (current == null) {
			return null;
		}
		String chosen = event.getParameter(FILE_PARAMETER);
		if (chosen == null) {
			FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
			dialog.setText(Messages.Report_exportDialog);
			dialog.setFilterExtensions(new String[] { "*.html", "*" });
			dialog.setFilterNames(new String[] { Messages.Report_htmlFilter, Messages.Plan_allFilter });
			dialog.setFileName("report-" + current.name() + ".html");
			dialog.setOverwrite(true);
			chosen = dialog.open();
		}
		if (chosen != null) {
			String html = render(current);
			try {
				Files.writeString(Path.of(chosen), html, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new ExecutionException(NLS.bind(Messages.Plan_exportFailed, chosen, e.getMessage()), e);
			}
		}
		return null;
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
