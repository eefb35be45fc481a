package marswb.engine;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import marswb.model.server.Server;

/**
 * The one way reports write dates. The bundle's dates without a zone (culture dates of PowerShell CSV, the date in a
 * vault credentials file name) are the server's local time, read with the manifest's UTC offset (UTC without one);
 * a calendar day is written as that same local day, {@code yyyy-MM-dd}, so that a hotfix installed on the server's
 * 12 November reads 2026-11-12 everywhere. A moment is written in UTC and says so; for people,
 * {@link DisplayValues#time} writes it in the server's local time with UTC beside it.
 *
 * @since 0.1
 */
public final class ServerDates {

	/** A moment to the second, in UTC unless given another zone. */
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	private ServerDates() {
	}

	/** The day of {@code date} in the server's calendar. */
	public static String day(Date date, Server server) {
		return DateTimeFormatter.ISO_LOCAL_DATE.withZone(offset(server)).format(date.toInstant());
	}

	/** The moment in UTC, e.g. {@code 2026-11-19 14:00:06 UTC}. */
	public static String time(Date date) {
		return TIME.format(date.toInstant()) + " UTC";
	}

	private static ZoneOffset offset(Server server) {
		Integer minutes = server == null ? null : server.getLocalUtcOffsetMinutes();
		return minutes == null ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(minutes * 60);
	}
}
