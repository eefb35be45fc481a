package marswb.area.basics.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.ServerDates;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Hotfix;
import marswb.model.server.ServerPackage.Literals;

/** "Ensure your OS has the latest updates": the newest installed update should be at most 90 days old. */
public final class OsUpdatesCheck implements Check {

	static final String ARTIFACT = "system/hotfixes.csv";
	static final int MAX_AGE_DAYS = 90;

	@Override
	public void run(CheckContext context) {
		Optional<Hotfix> newest = context.server().getHotfixes().stream().filter(h -> h.getInstalledOn() != null)
				.max(Comparator.comparing(Hotfix::getInstalledOn));
		if (!context.usable(ARTIFACT) || newest.isEmpty()) {
			context.unknown(ARTIFACT).add();
			return;
		}
		if (context.server().getCollectedAtUtc() == null) {
			context.unknown(ClockTimeZoneCheck.MANIFEST).add();
			return;
		}
		Hotfix hotfix = newest.get();
		String day = ServerDates.day(hotfix.getInstalledOn(), context.server());
		Instant installed = hotfix.getInstalledOn().toInstant();
		long days = Duration.between(installed, context.server().getCollectedAtUtc().toInstant()).toDays();
		if (days > MAX_AGE_DAYS) {
			context.finding(Outcome.WARN)
					.message(NLS.bind(Messages.Updates_old, new Object[] { hotfix.getHotFixId(), day, days, MAX_AGE_DAYS }))
					.recommendation(Messages.Updates_recommendation).evidence(hotfix, Literals.HOTFIX__INSTALLED_ON).add();
		} else {
			context.finding(Outcome.PASS)
					.message(NLS.bind(Messages.Updates_ok, new Object[] { hotfix.getHotFixId(), day, days, MAX_AGE_DAYS }))
					.evidence(hotfix, Literals.HOTFIX__INSTALLED_ON).add();
		}
	}
}
