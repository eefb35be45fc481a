package marswb.redact.internal;

/**
 * Which addresses are the customer's. Loopback, unspecified, link-local, multicast, broadcast and the
 * documentation ranges say nothing about a network and some are compared by checks (a proxy on 127.0.0.1), so they
 * stay; so does text of the shape that is no address (a version 6.3.9600.0, a time 10:40:12).
 */
final class Addresses {

	private Addresses() {
	}

	/** @return true when the text is to stay as it is */
	static boolean keepIpv4(String text) {
		String[] parts = text.split("\\.");
		int[] octets = new int[4];
		for (int i = 0; i < 4; i++) {
			if (parts[i].length() > 1 && parts[i].charAt(0) == '0') {
				return true; // leading zeros: a version or a date, not an address
			}
			octets[i] = Integer.parseInt(parts[i]);
			if (octets[i] > 255) {
				return true;
			}
		}
		int a = octets[0];
		int b = octets[1];
		int c = octets[2];
		return a == 0 || a == 127 || a >= 224 || a == 169 && b == 254 || a == 192 && b == 0 && c == 2
				|| a == 198 && b == 51 && c == 100 || a == 203 && b == 0 && c == 113;
	}

	/** @return true when the text is no IPv6 address or one that stays */
	static boolean keepIpv6(String text) {
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		int doubleColon = lower.indexOf("::");
		if (doubleColon >= 0 && lower.indexOf("::", doubleColon + 1) >= 0) {
			return true;
		}
		String[] groups = lower.replace("::", ":x:").split(":", -1);
		int count = 0;
		for (String group : groups) {
			if (group.equals("x") || group.isEmpty() && doubleColon >= 0) {
				continue;
			}
			if (group.isEmpty() || group.length() > 4) {
				return true;
			}
			count++;
		}
		if (doubleColon < 0 ? count != 8 : count > 7) {
			return true;
		}
		String first = groups[0].isEmpty() || groups[0].equals("x") ? "0" : groups[0];
		int head = Integer.parseInt(first, 16);
		return count == 0 || lower.equals("::1") || (head & 0xffc0) == 0xfe80 || (head & 0xff00) == 0xff00
				|| lower.startsWith("2001:db8:") || lower.startsWith("2001:0db8:");
	}
}
