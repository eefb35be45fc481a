package marswb.bundle.internal.artifacts;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The values a Windows server can have, for the model's attributes whose type allows more. A value outside them is
 * damage or a crafted artifact: it is reported and left out, so that no check draws a conclusion from it.
 */
final class ValueDomains {

	/** FILETIME, the widest time Windows writes: 100 ns ticks from 1601 in a signed 64-bit count. */
	static final Instant EARLIEST = Instant.parse("1601-01-01T00:00:00Z");
	static final Instant LATEST = EARLIEST.plusSeconds(Long.MAX_VALUE / 10_000_000L)
			.plusNanos(Long.MAX_VALUE % 10_000_000L * 100);

	static final String NOT_A_WINDOWS_TIME = "is outside the times Windows can write (years 1601 to 30828)";

	/** Sizes, lengths and counts. */
	private static final Set<String> NON_NEGATIVE = Set.of("allocatedBytes", "count", "entries", "errors", "lines",
			"listedEntries", "malformedLines", "maximumBytes", "release", "size", "sizeBytes", "sizeRemaining",
			"totalEntries", "usedBytes", "warnings", "windowsTempTmpCount");
	/** Bounded numbers: inclusive lowest and highest value. */
	private static final Map<String, long[]> RANGES = Map.of("port", new long[] { 0, 65535 }, "proxyPort",
			new long[] { 0, 65535 }, "maximumPercent", new long[] { 0, 100 }, "localUtcOffsetMinutes",
			new long[] { -18 * 60, 18 * 60 });

	private ValueDomains() {
	}

	/** How a value left out of the model is reported: its name, its text, its line (0: none) and why. */
	static String notRead(String name, String raw, int line, String why) {
		return name + " " + raw + (line > 0 ? " (line " + line + ") " : " ") + why + "; not read";
	}

	static boolean isWindowsTime(Instant instant) {
		return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
	}

	/** Why the value cannot be the feature's, or null when it can. */
	static String outside(EStructuralFeature feature, Object value) {
		if (value instanceof Date date) {
			return isWindowsTime(date.toInstant()) ? null : NOT_A_WINDOWS_TIME;
		}
		if (value instanceof Long || value instanceof Integer) {
			long number = ((Number) value).longValue();
			if (NON_NEGATIVE.contains(feature.getName()) && number < 0) {
				return "is negative, which no size, length or count can be";
			}
			long[] range = RANGES.get(feature.getName());
			if (range != null && (number < range[0] || number > range[1])) {
				return "is outside " + range[0] + ".." + range[1];
			}
		}
		return null;
	}
}
