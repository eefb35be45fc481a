package marswb.area.connectivity.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Times in messages: UTC, to the second. */
final class Format {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
			.withZone(ZoneOffset.UTC);

	private Format() {
	}

	static String time(Date date) {
		return date == null ? "-" : TIME.format(date.toInstant());
	}
}
