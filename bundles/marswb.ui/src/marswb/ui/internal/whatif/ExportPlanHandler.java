package marswb.ui.internal.whatif;

import java.io.IOException;
import java.nio.file.Path;

import marswb.ui.internal.bundles.OpenBundle;

/**
 * File > Export Remediation Plan... writes the current bundle's plan as a .ps1 (UTF-8 with BOM, CRLF, as
 * Windows PowerShell 5.1 needs). The command's optional {@code file} parameter skips the dialog (tests, scripts).
 */
public class ExportPlanHandler extends ExportFileHandler {

	public static final String COMMAND = "marswb.ui.exportPlan";
	public static final String FILE_PARAMETER = "marswb.ui.exportPlan.file";

	public ExportPlanHandler() {
		super(FILE_PARAMETER, Messages.Plan_exportDialog, "remediation-", new FileType("ps1", Messages.Plan_ps1Filter));
	}

	@Override
	void write(OpenBundle current, Path file) throws IOException {
		current.plan().write(file);
	}
}
