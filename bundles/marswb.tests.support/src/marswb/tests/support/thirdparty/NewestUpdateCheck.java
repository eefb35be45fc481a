package marswb.tests.support.thirdparty;

import java.util.Comparator;

import marswb.engine.ServerDates;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Hotfix;
import marswb.model.server.ServerPackage.Literals;

/**
 * The check of the ninth area that the third-party test fragments declare (in their fragment.xml, as a plugin
 * would): the newest update the server lists, as INFO, so that it is listed in its area of a report (a PASS is only
 * counted). Its required evidence is the engine's to enforce, so it has no preamble.
 *
 * @since 0.1
 */
public final class NewestUpdateCheck implements Check {

	@Override
	public void run(CheckContext context) {
		context.server().getHotfixes().stream().filter(h -> h.getInstalledOn() != null)
				.max(Comparator.comparing(Hotfix::getInstalledOn))
				.ifPresentOrElse(newest -> context.finding(Outcome.INFO)
						.message("Newest update " + newest.getHotFixId() + ", installed "
								+ ServerDates.day(newest.getInstalledOn(), context.server()) + ".")
						.evidence(newest, Literals.HOTFIX__INSTALLED_ON).add(),
						() -> context.notApplicable("The server lists no update with an installation date.").add());
	}
}
