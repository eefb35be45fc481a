package marswb.area.basics.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import com.ibm.icu.util.TimeZone;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.TimeSettings;

/**
 * The clock must be set to the right time zone: the local-time offset the collector recorded must equal the offset
 * of the tzutil zone at the collection instant, daylight saving included (ICU maps Windows zone ids to IANA ones).
 */
public final class ClockTimeZoneCheck implements Check {

	static final String ARTIFACT = "system/tzutil.txt";
	static final String MANIFEST = "manifest.json";
	/** tzutil appends this when "Automatically adjust for daylight saving time" is off. */
	static final String DST_OFF = "_dstoff";

	@Override
	public void run(CheckContext context) {
		Server server = context.server();
		TimeSettings time = server.getTime();
		String zoneId = time == null ? null : time.getTimeZoneId();
		if (!context.usable(ARTIFACT) || zoneId == null || zoneId.isBlank()) {
			context.unknown(ARTIFACT).add();
			return;
		}
		if (server.getLocalUtcOffsetMinutes() == null || server.getCollectedAtUtc() == null) {
			context.unknown(MANIFEST).add();
			return;
		}
		String windowsId = zoneId.strip();
		boolean dstOff = windowsId.toLowerCase(Locale.ROOT).endsWith(DST_OFF);
		if (dstOff) {
			windowsId = windowsId.substring(0, windowsId.length() - DST_OFF.length());
		}
		String ianaId = TimeZone.getIDForWindowsID(windowsId, "001");
		if (ianaId == null) {
			context.finding(Outcome.UNKNOWN).message(NLS.bind(Messages.Clock_unknownZone, zoneId))
					.recommendation(Messages.Clock_recommendation).evidence(time, Literals.TIME_SETTINGS__TIME_ZONE_ID)
					.add();
			return;
		}
		TimeZone zone = TimeZone.getTimeZone(ianaId);
		long millis = server.getCollectedAtUtc().getTime();
		int expected = (dstOff ? zone.getRawOffset() : zone.getOffset(millis)) / 60_000;
		int actual = server.getLocalUtcOffsetMinutes();
		if (expected != actual) {
			context.finding(Outcome.FAIL)
					.message(NLS.bind(Messages.Clock_mismatch,
							new Object[] { offset(actual), zoneId, ianaId, offset(expected) }))
					.recommendation(Messages.Clock_recommendation).evidence(time, Literals.TIME_SETTINGS__TIME_ZONE_ID)
					.evidence(server, Literals.SERVER__LOCAL_UTC_OFFSET_MINUTES).add();
		} else {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.Clock_ok, new Object[] { offset(actual), zoneId, ianaId }))
					.evidence(time, Literals.TIME_SETTINGS__TIME_ZONE_ID).add();
		}
	}

	static String offset(int minutes) {
		int abs = Math.abs(minutes);
		return String.format(Locale.ROOT, "UTC%s%02d:%02d", minutes < 0 ? "-" : "+", abs / 60, abs % 60);
	}
}
