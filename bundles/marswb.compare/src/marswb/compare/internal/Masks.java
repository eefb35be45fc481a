package marswb.compare.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hides what naturally differs inside texts of two servers: GUIDs (job ids in event messages, machine ids) always,
 * and the host names of both servers when they are two different machines (certificate subjects like
 * {@code CN=CB_SRV-FILE01._7d3e91a4}). Two texts equal after masking differ only as expected.
 */
public final class Masks {

	private static final Pattern GUID = Pattern
			.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final List<Pattern> hosts;

	/** @param hostNames host names to mask; empty when both sides are the same machine (a rename counts there) */
	public Masks(List<String> hostNames) {
		this.hosts = hostNames.stream().filter(h -> h != null && !h.isBlank())
				.map(h -> Pattern.compile(Pattern.quote(h.toLowerCase(Locale.ROOT)), Pattern.CASE_INSENSITIVE)).toList();
	}

	public String mask(String text) {
		if (text == null) {
			return null;
		}
		String masked = text.indexOf('-') < 0 ? text : GUID.matcher(text).replaceAll("<guid>");
		for (Pattern host : hosts) {
			masked = host.matcher(masked).replaceAll("<host>");
		}
		return masked;
	}
}
