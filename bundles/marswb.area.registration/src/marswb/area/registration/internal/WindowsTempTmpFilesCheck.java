package marswb.area.registration.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;

/**
 * More than 60,000 *.tmp files in C:\Windows\Temp make registration fail (the article's additional
 * recommendations); deleting them is the fix. A wrong clock or time zone, the section's other point, is basics'
 * fact (basics.clock-timezone-mismatch) and is linked from the 34513 finding.
 */
public final class WindowsTempTmpFilesCheck implements Check {

	static final String ARTIFACT = "system/windows-temp-tmp-count.txt";
	static final long LIMIT = 60_000;
	static final String FIX = "registration.delete-windows-temp-tmp-files";

	@Override
	public void run(CheckContext context) {
		Server server = context.server();
		Long count = server.getWindowsTempTmpCount();
		if (count == null || !context.usable(ARTIFACT)) {
			context.unknown(ARTIFACT).add();
			return;
		}
		if (count > LIMIT) {
			context.finding(Outcome.FAIL).message(NLS.bind(Messages.TmpFiles_message, format(count), format(LIMIT)))
					.recommendation(Messages.TmpFiles_recommendation)
					.evidence(server, Literals.SERVER__WINDOWS_TEMP_TMP_COUNT).quickFix(FIX).add();
		} else {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.TmpFilesOk_message, format(count), format(LIMIT)))
					.evidence(server, Literals.SERVER__WINDOWS_TEMP_TMP_COUNT).add();
		}
	}

	static String format(long number) {
		return String.format(java.util.Locale.ROOT, "%,d", number);
	}
}
