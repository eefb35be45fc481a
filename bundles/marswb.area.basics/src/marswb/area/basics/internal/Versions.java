package marswb.area.basics.internal;

/** Dotted version numbers compared part by part as numbers (2.0.10000.0 is newer than 2.0.9506.0). */
final class Versions {

	private Versions() {
	}

	/** The numeric parts, or null when the text is not a dotted version. */
	static int[] parse(String version) {
		if (version == null || !version.strip().matches("[0-9]+(\\.[0-9]+){1,3}")) {
			return null;
		}
		String[] parts = version.strip().split("\\.");
		int[] numbers = new int[4];
		try {
			for (int i = 0; i < parts.length; i++) {
				numbers[i] = Integer.parseInt(parts[i]);
			}
		} catch (NumberFormatException e) {
			return null;
		}
		return numbers;
	}

	static int compare(int[] a, int[] b) {
		for (int i = 0; i < 4; i++) {
			int c = Integer.compare(a[i], b[i]);
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}
}
