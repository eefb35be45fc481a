package marswb.collector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Collect-MarsBundle.ps1}, the script a customer runs on the server to collect a diagnostic bundle, as the
 * product hands it out: whole, or with its {@code -Items} parameter preset to the artifacts a bundle lacked.
 * The file is UTF-8 with BOM (Windows PowerShell 5.1 reads a file without one in the ANSI code page, which would
 * garble its Chinese messages) and CRLF line ends.
 *
 * @since 0.1
 */
public final class CollectorScript {

	/** The script's file name, which the customer guide refers to. */
	public static final String FILE_NAME = "Collect-MarsBundle.ps1";

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	// The catalog's entries start with "@{ Path = '...'" (docs/bundle-format.md's path, single-quoted).
	private static final Pattern CATALOG_PATH = Pattern.compile("^\\s*@\\{ Path = '([^']+)'", Pattern.MULTILINE);

	// The parameter whose default -Items presets; the script's tests hold this line to the parse tree.
	private static final String ITEMS_PARAMETER = "    [string[]]$Items,";

	private CollectorScript() {
	}

	/** The script's text, without the BOM. */
	public static String text() {
		byte[] bytes = bytes();
		return new String(bytes, BOM.length, bytes.length - BOM.length, StandardCharsets.UTF_8);
	}

	/** The script's file content: UTF-8 with BOM. */
	public static byte[] bytes() {
		try (InputStream in = CollectorScript.class.getResourceAsStream("/resources/" + FILE_NAME)) {
			if (in == null) {
				throw new IllegalStateException("resources/" + FILE_NAME + " is not in the bundle");
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The item paths the script knows, as in the format's table ({@code agent/logs/*.errlog} for the logs). */
	public static List<String> items() {
		List<String> items = new ArrayList<>();
		Matcher matcher = CATALOG_PATH.matcher(text());
		while (matcher.find()) {
			items.add(matcher.group(1));
		}
		return items;
	}

	/**
	 * The item that collects an artifact: the one of the same path, or the glob item the path falls under
	 * ({@code agent/logs/CBEngineCurr.errlog} is collected by {@code agent/logs/*.errlog}).
	 */
	public static Optional<String> itemFor(String artifactPath) {
		List<String> items = items();
		if (items.contains(artifactPath)) {
			return Optional.of(artifactPath);
		}
		return items.stream().filter(item -> item.contains("*") && glob(item).matcher(artifactPath).matches())
				.findFirst();
	}

	/**
	 * The script with {@code -Items} preset, so that run without parameters it collects only these items (each
	 * must be one of {@link #items()}); UTF-8 with BOM.
	 */
	public static byte[] bytesWithItems(Collection<String> only) {
		Set<String> wanted = new LinkedHashSet<>(only);
		if (wanted.isEmpty()) {
			throw new IllegalArgumentException("no items");
		}
		List<String> known = items();
		for (String item : wanted) {
			if (!known.contains(item)) {
				throw new IllegalArgumentException("the collector has no item " + item);
			}
		}
		String text = text();
		if (!text.contains(ITEMS_PARAMETER + "\r\n")) {
			throw new IllegalStateException("the script's -Items parameter line was not found");
		}
		StringBuilder preset = new StringBuilder("    [string[]]$Items = @(");
		String separator = "";
		for (String item : wanted) {
			preset.append(separator).append('\'').append(item.replace("'", "''")).append('\'');
			separator = ", ";
		}
		preset.append("),");
		byte[] body = text.replace(ITEMS_PARAMETER + "\r\n", preset + "\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(body, 0, file, BOM.length, body.length);
		return file;
	}

	private static Pattern glob(String item) {
		StringBuilder regex = new StringBuilder();
		for (String part : item.split("\\*", -1)) {
			if (regex.length() > 0) {
				regex.append("[^/]*");
			}
			regex.append(Pattern.quote(part));
		}
		return Pattern.compile(regex.toString());
	}
}
