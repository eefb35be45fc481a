package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns fuzz input into the files of a bundle folder. Names come from the parsers' paths (so that the inputs reach
 * them) with the letter case the input chooses; they are never taken from the input itself, which would only
 * exercise the file system. Each file: a byte choosing the name, a byte of case flips, two bytes of length, the
 * content.
 */
final class FolderInputs {

	private static final List<String> NAMES = names();

	private FolderInputs() {
	}

	private static List<String> names() {
		List<String> names = new ArrayList<>();
		PluginParsers.all().forEach(parser -> names.add(PluginParsers.pathFor(parser)));
		names.add("agent/logs/y.errlog");
		names.add("notes/readme.txt");
		return List.copyOf(names);
	}

	static void write(byte[] data, Path folder) throws IOException {
		int at = 0;
		while (at + 4 <= data.length) {
			String name = NAMES.get((data[at] & 0xFF) % NAMES.size());
			int flips = data[at + 1] & 0xFF;
			int length = Math.min(((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF), data.length - at - 4);
			Path file = folder.resolve(withCase(name, flips));
			Files.createDirectories(file.getParent());
			Files.write(file, Arrays.copyOfRange(data, at + 4, at + 4 + length));
			at += 4 + length;
		}
	}

	/** Upper-cases the characters whose position matches a set bit of {@code flips} (position modulo 8). */
	private static String withCase(String name, int flips) {
		StringBuilder result = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			result.append((flips & (1 << (i % 8))) != 0 ? String.valueOf(c).toUpperCase(Locale.ROOT) : c);
		}
		return result.toString();
	}
}
