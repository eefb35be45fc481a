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

	/** Everything of the vault that every sample is registered to. */
	private static final List<String> VAULT = List.of("contoso", "contoso-rsv-sea", "rg-backup-sea", "7126734129912754211",
			"8f3b2c1d-5e6a-4b7c-9d0e-1f2a3b4c5d6e");
	/** The backup and system state policies' ids. */
	private static final List<String> POLICIES = List.of("b2f4c6d8-1a3e-4f5a-8b7c-9d0e1f2a3b4c",
			"c3a5e7f9-2b4d-4e6f-9a8b-0c1d2e3f4a5b");
	/** The customer's domain and the account of the downloads folder. */
	private static final List<String> DOMAIN = List.of("contoso.local", "\\users\\admin\\");
	/** The customer's shares and files in the failed-file lists and log lines: gone with --paths. */
	private static final List<String> SHARE_PATHS = List.of("\\shares\\", "\\finance\\", "\\sales\\",
			"\\hr\\", "\\engineering\\", "budget-2026", "forecast-2027", "review.docx", "scratchpad");

	/**
	 * The customer's identities in each sample, written down from samples/README.md and the generator rather than
	 * taken from the map, so that a name the redaction never learned is found too.
	 */
	static List<String> identities(String sample) {
		List<String> ids = new ArrayList<>(VAULT);
		switch (sample) {
		case "healthy" -> ids.addAll(List.of("SRV-FILE01", "5d0c8a1e-3f2b-4c7d-9e6a-1b2c3d4e5f60", "10.20.1.15",
				"ECDBE35CBC78BDD356626659C2CC8FDE5019A2E6", "C372D55313A844B2AC57710F9B4FDD5033B6DD1A"));
		case "healthy-noisy" -> ids.addAll(List.of("WS-FIN07", "9b4a0c5d-7e6f-4a1b-8c2d-5e6f7a8b9c04", "10.30.4.27",
				"97274306C2D7262E87AD58A22D41DC56E22E67B9", "E8C3B18E7C76F558E28DBBC3AC9439FDEE6E5562"));
		case "broken-scheduling" -> ids.addAll(List.of("SRV-FILE02", "6e1d9b2f-4a3c-4d8e-8f7b-2c3d4e5f6a71",
				"10.20.1.16", "655145A82BB1D2ED5F8CD585A18E65451AD8FC16", "B69955EC9B66797A7541ED6A40987BE42D525651"));
		case "broken-cache-encryption" -> ids.addAll(List.of("BJ-FILE03", "7f2eac3a-5b4d-4e9f-9a8c-3d4e5f6a7b82",
				"10.20.1.17", "7A3F2FEB0354F57BE505CEF03F10C12FD66F378B", "6D15220E13BA3CC133F341964A26FD67756E885D"));
		case "broken-registration-connectivity" -> ids.addAll(List.of("SRV-APP02", "SRV-APP01",
				"8a3fbd4b-6c5e-4fa0-8b9d-4e5f6a7b8c93", "10.20.1.18", "contoso-vault", "5508413624770138216",
				"72f988bf-0000-4000-8000-2d7cd011db47", "0e2a1f3b-5c4d-4e6f-a7b8-c9d0e1f2a3b4", "svc-mars-proxy",
				"proxy.contoso.local", "contoso\\svc", "BD4D2E4E5C775FB4AF3F93D557282E5875817F74",
				"0F13AF2756A420FDE79CE25FAFC4145CFC90895B"));
		// the loose ones hold part of broken-scheduling's evidence: its host names the tar and its folder
		case "loose-hand-gathered", "loose-support-collector" -> ids.add("SRV-FILE02");
		default -> throw new IllegalArgumentException(sample);
		}
		if (!sample.startsWith("loose")) {
			// the certificate registration left behind
			ids.add("F30BF303716313DBD6CFB021C20D9DFBCB372439");
			ids.addAll(POLICIES);
			ids.addAll(DOMAIN);
		}
		return ids;
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
			List<String> identities = new ArrayList<>(identities(name));
			if (paths) {
				identities.addAll(SHARE_PATHS);
			}
			assertNoIdentity(out, identities, name + (paths ? " --paths" : ""));
			// the same map again gives the same bytes
			Path mapFile = temp.resolve(name + paths + ".json");
			map.save(mapFile);
			Path again = temp.resolve(name + paths + "-again.zip");
			BundleRedaction.write(sample(name), again, RedactionMap.load(mapFile), paths, BundleLimits.DEFAULT);
			assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again), name + " twice");
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
				assertEquals(java.util.Map.of(marswb.redact.Secret.MANAGEMENT_CERT, 1), result.secrets());
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
		// a redacted bundle redacted again: its old report is not copied, and the new one says so
		BundleRedaction.Result third = BundleRedaction.write(second, temp.resolve("third.zip"), new RedactionMap(), false,
				BundleLimits.DEFAULT);
		assertEquals(List.of(BundleRedaction.REPORT),
				third.dropped().stream().map(BundleRedaction.Dropped::path).toList());
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
	 * A hostile zip: names that climb out of the bundle or are absolute (Unix, drive, backslashes), a binary file, a
	 * log that does not decode, an entry larger than the limits and a credentials file that does not decode (so its
	 * certificate cannot be removed safely) are each left out and named, and nothing is written outside the output;
	 * a hex(2) value that grows keeps its number of lines.
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
			out.putNextEntry(new ZipEntry("/abs/etc-passwd.txt"));
			out.write("SRV-X01".getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("C:/Windows/drive-abs.txt"));
			out.write("SRV-X01".getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("agent/logs/..\\..\\..\\win-escape.errlog"));
			out.write("SRV-X01".getBytes(StandardCharsets.UTF_8));
			// a log that is no clean text in any encoding: a name could hide in what does not decode
			out.putNextEntry(new ZipEntry("agent/logs/GatewayProvider0.errlog"));
			out.write("SRV-X01 \u00e9".getBytes(StandardCharsets.UTF_8));
			out.write(new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 0x41 });
			// larger than the limits allow one entry
			out.putNextEntry(new ZipEntry("agent/logs/CBEngineCurr.errlog"));
			byte[] line = "0F3C\t1B80\t11/19\t22:00:04.118\t18\tx.cpp(1)\tNORMAL\tSRV-X01 still here\r\n"
					.getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < (2 << 20) / line.length; i++) {
				out.write(line);
			}
			out.putNextEntry(new ZipEntry("agent/vault-credentials/v.VaultCredentials"));
			out.write("<R><ManagementCert>U0VDUkVU".getBytes(StandardCharsets.UTF_8));
			out.write(new byte[] { (byte) 0xC3, 0x28 }); // no UTF-8: the certificate cannot be found safely
			out.write("</ManagementCert></R>".getBytes(StandardCharsets.UTF_8));
		}
		RedactionMap map = new RedactionMap();
		Path output = Files.createDirectories(temp.resolve("out"));
		Path redacted = output.resolve("redacted.zip");
		BundleLimits oneMegabyte = new BundleLimits(20_000, 1 << 20, 16L << 30, 1000, 64 * 1024, 64 * 1024 * 1024);
		BundleRedaction.Result result = BundleRedaction.write(zip, redacted, map, false, oneMegabyte);
		List<String> dropped = result.dropped().stream().map(BundleRedaction.Dropped::path).sorted().toList();
		assertTrue(dropped.contains("screenshot.png"), dropped.toString());
		assertTrue(dropped.contains("agent/vault-credentials/v.VaultCredentials"), dropped.toString());
		for (String name : List.of("escape.txt", "etc-passwd.txt", "drive-abs.txt", "win-escape.errlog",
				"GatewayProvider0.errlog", "CBEngineCurr.errlog")) {
			assertTrue(dropped.stream().anyMatch(d -> d.contains(name)), name + " not named: " + dropped);
		}
		// every entry is either in the copy or named, and nothing was written but the copy
		assertEquals(10, result.written() + result.dropped().size(), result.dropped().toString());
		try (Stream<Path> written = Files.walk(temp)) {
			assertEquals(List.of(temp.resolve("hostile.zip"), output.resolve("redacted.zip")),
					written.filter(Files::isRegularFile).sorted().toList());
		}
		try (Stream<Path> around = Files.list(temp.getParent())) {
			assertTrue(around.noneMatch(p -> p.getFileName().toString().matches(".*(escape|passwd|drive-abs).*")));
		}
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

	/**
	 * No identity of the list in any entry (decoded in its own encoding, and the UTF-16 text of its hex(2) and
	 * hex(7) values), in any entry name, or in the report; no GUID but pseudonyms and the kept ones, and no private
	 * address.
	 */
	private static void assertNoIdentity(Path redacted, List<String> identities, String what) throws Exception {
		java.util.regex.Pattern guid = java.util.regex.Pattern.compile(
				"(?<![0-9a-f-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f-])");
		java.util.regex.Pattern privateAddress = java.util.regex.Pattern
				.compile("(?<![0-9.])(?:10\\.\\d{1,3}|192\\.168|172\\.(?:1[6-9]|2\\d|3[01]))\\.\\d{1,3}\\.\\d{1,3}(?![0-9.])");
		try (ZipFile zip = new ZipFile(redacted.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				byte[] bytes = zip.getInputStream(entry).readAllBytes();
				String text = TextArtifact.decode(bytes, new java.nio.charset.Charset[1], new int[1]).toLowerCase(Locale.ROOT);
				String name = entry.getName().toLowerCase(Locale.ROOT);
				String all = name + "\n" + text + "\n" + (name.endsWith(".reg") ? hexText(text) : "");
				for (String identity : identities) {
					assertFalse(all.contains(identity.toLowerCase(Locale.ROOT)), what + ": " + entry.getName() + " holds "
							+ identity);
				}
				java.util.regex.Matcher g = guid.matcher(all);
				while (g.find()) {
					assertTrue(g.group().startsWith("d0c00000-0000-4000-8000-") || g.group().startsWith("00000000-")
							|| g.group().equals("da57a531-e7e7-4346-9a68-b511f551deb6")
							|| g.group().equals("8c3d00f9-3ce9-4563-b373-19837bc2835e"),
							what + ": " + entry.getName() + " holds " + g.group());
				}
				java.util.regex.Matcher a = privateAddress.matcher(all);
				assertFalse(a.find(), () -> what + ": " + entry.getName() + " holds " + a.group());
			}
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
