package marswb.redact.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import marswb.bundle.BundleLimits;
import marswb.redact.BundleRedaction;
import marswb.redact.RedactionMap;
import marswb.redact.RedactionMap.Kind;
import marswb.redact.internal.TextArtifact;

/**
 * Every sample redacted: no real value of the map is left in any entry (each decoded in its own encoding, the text
 * inside {@code hex(2)}/{@code hex(7)} values included), every entry keeps its encoding, BOM and line count, the
 * secret is gone, redacting twice with the map gives the same bytes, and the map read back is the map written.
 */
class BundleRedactionTest {

	@TempDir
	Path temp;

	static Path sample(String name) {
		return Path.of(System.getProperty("marswb.repo")).resolve("samples").resolve(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "healthy", "healthy-noisy", "broken-scheduling", "broken-cache-encryption",
			"broken-registration-connectivity", "loose-hand-gathered", "loose-support-collector" })
	void noRealValueLeftAndEveryEntryKeepsItsShape(String name) throws Exception {
		for (boolean paths : new boolean[] { false, true }) {
			RedactionMap map = new RedactionMap();
			Path out = temp.resolve(name + paths + ".zip");
			BundleRedaction.Result result = BundleRedaction.write(sample(name), out, map, paths, BundleLimits.DEFAULT);
			assertTrue(result.written() > 0, name);
			assertEquals(!name.startsWith("loose"), !map.values(Kind.HOST).isEmpty(), name + ": hosts learned");
			List<String> reals = new ArrayList<>();
			for (Kind kind : Kind.values()) {
				if (kind != Kind.PROXY && kind != Kind.PATH && kind != Kind.USER) {
					map.values(kind).keySet().stream().filter(real -> real.length() >= 3).forEach(reals::add);
				}
			}
			// a proxy's name and a folder's name may be ordinary words: they must be gone where they name a server
			// or stand in a path
			for (String user : map.values(Kind.USER).keySet()) {
				reals.add("\\" + user);
				reals.add(user + "@");
			}
			for (String proxy : map.values(Kind.PROXY).keySet()) {
				reals.add(proxy + ":");
				map.values(Kind.DOMAIN).keySet().forEach(domain -> reals.add(proxy + "." + domain));
			}
			try (ZipFile zip = new ZipFile(out.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					byte[] bytes = zip.getInputStream(entry).readAllBytes();
					String text = TextArtifact.decode(bytes, new java.nio.charset.Charset[1], new int[1])
							.toLowerCase(Locale.ROOT);
					String hidden = entry.getName().endsWith(".reg") ? hexText(text) : "";
					for (String real : reals) {
						java.util.regex.Pattern word = java.util.regex.Pattern
								.compile("(?<![a-z0-9])" + java.util.regex.Pattern.quote(real) + "(?![a-z0-9])");
						assertFalse(word.matcher(text).find(), name + " " + entry.getName() + " holds " + real);
						assertFalse(word.matcher(hidden).find(), name + " " + entry.getName() + " hex holds " + real);
						assertFalse(word.matcher(entry.getName().toLowerCase(Locale.ROOT)).find(), entry.getName());
					}
					if (entry.getName().startsWith("agent/failed-files/")) {
						for (String line : text.split("\n")) {
							for (String folder : map.values(Kind.PATH).keySet()) {
								assertFalse(line.contains(":\\") && line.contains("\\" + folder), line + " holds " + folder);
							}
						}
					}
					assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("Q0FOQVJZLVNFQ1JFVC1NQVJTV0I="),
							entry.getName());
				}
			}
			if (name.startsWith("broken-") || name.startsWith("healthy")) {
				assertSameShape(sample(name), out, map);
			}
			if (name.equals("broken-registration-connectivity")) {
				assertEquals(1, result.secretsRemoved().size());
			}
		}
	}

	@Test
	void sameMapGivesSameBytesAndRoundTrips() throws Exception {
		RedactionMap map = new RedactionMap();
		Path first = temp.resolve("first.zip");
		BundleRedaction.write(sample("broken-registration-connectivity"), first, map, true, BundleLimits.DEFAULT);
		Path mapFile = temp.resolve("map.json");
		map.save(mapFile);
		RedactionMap again = RedactionMap.load(mapFile);
		for (Kind kind : Kind.values()) {
			assertEquals(map.values(kind), again.values(kind), kind.json);
		}
		Path second = temp.resolve("second.zip");
		BundleRedaction.write(sample("broken-registration-connectivity"), second, again, true, BundleLimits.DEFAULT);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
		// the map file never enters the bundle: no pseudonym's real value, and no map format marker
		assertFalse(new String(Files.readAllBytes(second), StandardCharsets.ISO_8859_1).contains(RedactionMap.FORMAT));
	}

	@Test
	void aSecondBundleOfTheSameCustomerKeepsThePseudonyms() throws Exception {
		RedactionMap map = new RedactionMap();
		BundleRedaction.write(sample("healthy"), temp.resolve("a.zip"), map, false, BundleLimits.DEFAULT);
		Map<String, String> hosts = new TreeMap<>(map.values(Kind.HOST));
		BundleRedaction.write(sample("broken-scheduling"), temp.resolve("b.zip"), map, false, BundleLimits.DEFAULT);
		hosts.forEach((real, pseudonym) -> assertEquals(pseudonym, map.values(Kind.HOST).get(real), real));
	}

	/**
	 * A hostile zip: a name that climbs out of the bundle, a binary file and a credentials file that does not
	 * decode (so its certificate cannot be removed safely) are each left out and named; a hex(2) value that grows keeps its number of lines.
	 */
	@Test
	void whatCannotBeRedactedIsLeftOutAndNamedAndHexTextIsRewrapped() throws Exception {
		Path zip = temp.resolve("hostile.zip");
		String path = "\\\\SRV-X01\\share";
		StringBuilder hex = new StringBuilder();
		byte[] utf16 = (path + "\0").getBytes(StandardCharsets.UTF_16LE);
		for (int i = 0; i < utf16.length; i++) {
			hex.append(String.format("%02x", utf16[i] & 0xFF)).append(i + 1 < utf16.length ? "," : "");
			if (i == 11) {
				hex.append("\\\r\n  ");
			}
		}
		String reg = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Azure"
				+ " Backup\\Config]\r\n\"Share\"=hex(2):" + hex + "\r\n\"After\"=\"SRV-X01\"\r\n";
		try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("manifest.json"));
			out.write("{\"format\": \"marsbundle/1\", \"host\": \"SRV-X01\", \"collectedAtUtc\": \"2026-11-20T08:15:02Z\"}"
					.getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("agent/registry.reg"));
			out.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
			out.write(reg.getBytes(StandardCharsets.UTF_16LE));
			out.putNextEntry(new ZipEntry("screenshot.png"));
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 });
			out.putNextEntry(new ZipEntry("../escape.txt"));
			out.write("SRV-X01".getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("agent/vault-credentials/v.VaultCredentials"));
			out.write("<R><ManagementCert>U0VDUkVU".getBytes(StandardCharsets.UTF_8));
			out.write(new byte[] { (byte) 0xC3, 0x28 }); // no UTF-8: the certificate cannot be found safely
			out.write("</ManagementCert></R>".getBytes(StandardCharsets.UTF_8));
		}
		RedactionMap map = new RedactionMap();
		Path redacted = temp.resolve("redacted.zip");
		BundleRedaction.Result result = BundleRedaction.write(zip, redacted, map, false, BundleLimits.DEFAULT);
		List<String> dropped = result.dropped().stream().map(BundleRedaction.Dropped::path).sorted().toList();
		assertTrue(dropped.contains("screenshot.png"), dropped.toString());
		assertTrue(dropped.contains("agent/vault-credentials/v.VaultCredentials"), dropped.toString());
		assertTrue(dropped.stream().anyMatch(d -> d.contains("escape.txt")), dropped.toString());
		try (ZipFile out = new ZipFile(redacted.toFile())) {
			assertEquals(List.of("agent/registry.reg", "manifest.json", BundleRedaction.REPORT),
					java.util.Collections.list(out.entries()).stream().map(ZipEntry::getName).sorted().toList());
			byte[] bytes = out.getInputStream(out.getEntry("agent/registry.reg")).readAllBytes();
			assertEquals(0xFF, bytes[0] & 0xFF);
			String text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
			assertEquals(reg.split("\n", -1).length, text.split("\n", -1).length, text);
			assertEquals("\\\\host-0001\\share\n", hexText(text.toLowerCase(Locale.ROOT)).replace("\0", ""), text);
			assertTrue(text.contains("\"After\"=\"HOST-0001\""), text);
			String report = new String(out.getInputStream(out.getEntry(BundleRedaction.REPORT)).readAllBytes(),
					StandardCharsets.UTF_8);
			assertTrue(report.contains("screenshot.png") && !report.toLowerCase(Locale.ROOT).contains("srv-x01"), report);
		}
	}

	/** Same entries (by redacted name), same BOM, same encoding and the same number of lines. */
	private static void assertSameShape(Path original, Path redacted, RedactionMap map) throws IOException {
		Map<String, byte[]> before = new TreeMap<>();
		try (Stream<Path> files = Files.walk(original)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				before.put(original.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		try (ZipFile zip = new ZipFile(redacted.toFile())) {
			assertEquals(before.size() + 1, zip.size(), "every file and the report");
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				if (entry.getName().equals(BundleRedaction.REPORT)) {
					continue;
				}
				byte[] after = zip.getInputStream(entry).readAllBytes();
				byte[] source = before.entrySet().stream().filter(e -> sameName(e.getKey(), entry.getName(), map))
						.map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError(entry.getName()));
				assertEquals(source.length > 1 && (source[0] & 0xFF) == 0xFF, after.length > 1 && (after[0] & 0xFF) == 0xFF,
						entry.getName() + " BOM");
				assertEquals(lineEnds(source), lineEnds(after), entry.getName() + " line ends");
			}
		}
	}

	private static boolean sameName(String original, String redacted, RedactionMap map) {
		if (original.equals(redacted)) {
			return true;
		}
		String name = original;
		for (Kind kind : List.of(Kind.VAULT)) {
			for (Map.Entry<String, String> e : map.values(kind).entrySet()) {
				name = name.replace(e.getKey(), e.getValue());
			}
		}
		return name.equals(redacted);
	}

	/** Positions of line ends counted in code units: LF bytes, in UTF-16 the LF code units. */
	private static long lineEnds(byte[] bytes) {
		long count = 0;
		for (byte b : bytes) {
			if (b == '\n') {
				count++;
			}
		}
		return count;
	}

	/** The UTF-16LE text of every hex(2)/hex(7) value of a .reg file. */
	private static String hexText(String reg) {
		StringBuilder text = new StringBuilder();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("=hex\\([27]\\):((?:[0-9a-f]{2},?\\\\?\\s*)+)")
				.matcher(reg);
		while (m.find()) {
			String[] pairs = m.group(1).replaceAll("[\\\\\\s]", "").split(",");
			byte[] bytes = new byte[pairs.length];
			for (int i = 0; i < pairs.length; i++) {
				bytes[i] = (byte) Integer.parseInt(pairs[i], 16);
			}
			text.append(new String(bytes, StandardCharsets.UTF_16LE).toLowerCase(Locale.ROOT)).append('\n');
		}
		return text.toString();
	}
}
