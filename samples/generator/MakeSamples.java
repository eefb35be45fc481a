import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the sample diagnostic bundles under samples/: one healthy server, one healthy server with the harmless noise
 * real servers carry, and three servers with seeded problems,
 * each artifact in the byte format the Windows tool that produces it writes (see samples/README.md for what is
 * seeded where). Run from the repository root: {@code java samples/generator/MakeSamples.java samples}.
 * <p>
 * The output is deterministic: every time, name and identifier below is fixed, and the one list that is generated
 * in bulk (the failed-files list) uses a fixed seed.
 * <p>
 * Values nobody has published a real capture of (the agent's log messages, event ids and texts, the task's
 * action line, the shapes of the MSOnlineBackup objects) are illustrative; the comments at those places say so.
 */
public final class MakeSamples {

	static final Instant COLLECTED_UTC = Instant.parse("2026-11-20T08:15:02Z");

	/** Setup\InstallPath as the MSI writes it: MSI folder properties end with a backslash. */
	static final String INSTALL_PATH = "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\";
	static final String AGENT_DIR = "C:\\Program Files\\Microsoft Azure Recovery Services Agent";
	static final String BIN = AGENT_DIR + "\\bin";
	static final String DEFAULT_SCRATCH = AGENT_DIR + "\\Scratch";
	static final String MOVED_SCRATCH = "E:\\MARSCache";
	static final String MODULE_DIR = BIN + "\\Modules\\MSOnlineBackup";
	static final String AGENT_VERSION = "2.0.9506.0";

	static final String VAULT = "contoso-rsv-sea";
	static final String SUBSCRIPTION = "8f3b2c1d-5e6a-4b7c-9d0e-1f2a3b4c5d6e";
	static final String RESOURCE_GROUP = "rg-backup-sea";
	static final String RESOURCE_ID = "7126734129912754211";
	static final String POLICY_NAME = "b2f4c6d8-1a3e-4f5a-8b7c-9d0e1f2a3b4c";
	static final String SYSTEM_STATE_POLICY_NAME = "c3a5e7f9-2b4d-4e6f-9a8b-0c1d2e3f4a5b";

	static final String CANARY_MANAGEMENT_CERT = "Q0FOQVJZLVNFQ1JFVC1NQVJTV0I=";

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: java samples/generator/MakeSamples.java <samples folder>");
			System.exit(2);
		}
		Path root = Path.of(args[0]);
		for (Sample sample : Sample.all()) {
			Path folder = root.resolve(sample.folder);
			deleteTree(folder);
			new BundleWriter(folder, sample).writeAll();
			System.out.println("wrote " + folder);
		}
		LooseSamples.write(root);
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** A problem planted in a sample; samples/README.md lists which sample has which. */
	enum Seed {
		TASK_TRIGGER_DISABLED, SYSTEM_STATE_TASK_PARALLEL, EXECUTION_POLICY_RESTRICTED, PSMODULEPATH_WITHOUT_MARS,
		MODULE_MANIFEST_MISSING, JOB_ANOTHER_IN_PROGRESS,
		SCRATCH_MOVED_HALFWAY, KEK_MISSING, SCRATCH_VOLUME_FULL, SCRATCH_COMPRESSED, SHADOW_STORAGE_TINY,
		ERRLOG_CACHE_ERRORS, JOB_FAILED_0X1FC07, FAILED_FILES,
		VAULT_CREDENTIALS_OLD_OTHER_VAULT, TMP_FLOOD, WINHTTP_PROXY_VS_SYSTEM_WININET, AGENT_PROXY_AUTHENTICATING,
		PROBES_407_AND_UNREACHABLE, ERRLOG_NETWORK_ERRORS, SERVER_RENAMED, JOB_FAILED_230006, TLS12_CLIENT_DISABLED
	}

	static final class Sample {
		final String folder;
		final String host;
		final boolean chinese;
		final String machineId;
		final String ipv4;
		final Set<Seed> seeds;
		/**
		 * The harmless noise of real healthy servers, none of it a problem: a Windows 11 client in Central Europe
		 * (daylight saving time zone), English Windows with German regional settings, agent log lines in the layout
		 * without the empty column and with WARNING lines of optional values "not present, using default", an old
		 * failed-file list, unbounded shadow storage, no system state backup.
		 */
		final boolean noisy;

		private Sample(String folder, String host, boolean chinese, String machineId, String ipv4, Set<Seed> seeds) {
			this(folder, host, chinese, machineId, ipv4, seeds, false);
		}

		private Sample(String folder, String host, boolean chinese, String machineId, String ipv4, Set<Seed> seeds,
				boolean noisy) {
			this.folder = folder;
			this.host = host;
			this.chinese = chinese;
			this.machineId = machineId;
			this.ipv4 = ipv4;
			this.seeds = seeds;
			this.noisy = noisy;
		}

		static List<Sample> all() {
			return List.of(
					new Sample("healthy", "SRV-FILE01", false, "5d0c8a1e-3f2b-4c7d-9e6a-1b2c3d4e5f60", "10.20.1.15",
							EnumSet.noneOf(Seed.class)),
					new Sample("healthy-noisy", "WS-FIN07", false, "9b4a0c5d-7e6f-4a1b-8c2d-5e6f7a8b9c04", "10.30.4.27",
							EnumSet.noneOf(Seed.class), true),
					new Sample("broken-scheduling", "SRV-FILE02", false, "6e1d9b2f-4a3c-4d8e-8f7b-2c3d4e5f6a71",
							"10.20.1.16", EnumSet.of(Seed.TASK_TRIGGER_DISABLED, Seed.SYSTEM_STATE_TASK_PARALLEL,
									Seed.EXECUTION_POLICY_RESTRICTED, Seed.PSMODULEPATH_WITHOUT_MARS,
									Seed.MODULE_MANIFEST_MISSING, Seed.JOB_ANOTHER_IN_PROGRESS)),
					new Sample("broken-cache-encryption", "BJ-FILE03", true, "7f2eac3a-5b4d-4e9f-9a8c-3d4e5f6a7b82",
							"10.20.1.17", EnumSet.of(Seed.SCRATCH_MOVED_HALFWAY, Seed.KEK_MISSING,
									Seed.SCRATCH_VOLUME_FULL, Seed.SCRATCH_COMPRESSED, Seed.SHADOW_STORAGE_TINY,
									Seed.ERRLOG_CACHE_ERRORS, Seed.JOB_FAILED_0X1FC07, Seed.FAILED_FILES)),
					new Sample("broken-registration-connectivity", "SRV-APP02", false,
							"8a3fbd4b-6c5e-4fa0-8b9d-4e5f6a7b8c93", "10.20.1.18",
							EnumSet.of(Seed.VAULT_CREDENTIALS_OLD_OTHER_VAULT, Seed.TMP_FLOOD,
									Seed.WINHTTP_PROXY_VS_SYSTEM_WININET, Seed.AGENT_PROXY_AUTHENTICATING,
									Seed.PROBES_407_AND_UNREACHABLE, Seed.ERRLOG_NETWORK_ERRORS,
									Seed.SERVER_RENAMED, Seed.JOB_FAILED_230006, Seed.TLS12_CLIENT_DISABLED)));
		}

		boolean has(Seed seed) {
			return seeds.contains(seed);
		}

		/** The name the agent registered with: a renamed server keeps its old name in the CB_ certificate. */
		String registeredHost() {
			return has(Seed.SERVER_RENAMED) ? "SRV-APP01" : host;
		}

		String configScratch() {
			return has(Seed.SCRATCH_MOVED_HALFWAY) ? MOVED_SCRATCH : DEFAULT_SCRATCH;
		}

		/** Culture of the server: .NET's DateTime.ToString() (the "G" pattern) as ConvertTo-Csv uses it. */
		String dateTime(LocalDateTime time) {
			if (noisy) {
				return DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").format(time);
			}
			return chinese
					? DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss").format(time)
					: DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US).format(time);
		}

		/** The server's UTC offset at collection: W. Europe Standard Time is +01:00 in November. */
		ZoneOffset offset() {
			return noisy ? ZoneOffset.ofHours(1) : ZoneOffset.ofHours(8);
		}

		String timeZone() {
			return noisy ? "W. Europe Standard Time" : "China Standard Time";
		}

		/** Only servers back up system state: Windows client editions cannot. */
		boolean systemState() {
			return !noisy;
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Encodings
	// ---------------------------------------------------------------------------------------------------------

	static final String CRLF = "\r\n";

	/** What Windows PowerShell 5.1 redirection, Out-File and reg export write: UTF-16LE with a byte order mark. */
	static byte[] utf16le(String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(body, 0, bytes, 2, body.length);
		return bytes;
	}

	/** Console programs redirected by cmd write the OEM code page: 437 on en-US, 936 (GBK) on zh-CN. */
	static byte[] oem(String text, boolean chinese) {
		Charset charset = chinese ? Charset.forName("GBK") : Charset.forName("IBM437");
		return text.getBytes(charset);
	}

	/** Every line followed by CRLF, as Out-File and console programs end lines. */
	static String lines(List<String> lines) {
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			text.append(line).append(CRLF);
		}
		return text.toString();
	}

	static String lines(String... lines) {
		return lines(List.of(lines));
	}

	static String sha(String algorithm, String seed) {
		try {
			return HexFormat.of().withUpperCase()
					.formatHex(MessageDigest.getInstance(algorithm).digest(seed.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// reg export
	// ---------------------------------------------------------------------------------------------------------

	/**
	 * The text reg.exe export writes: the version header, a blank line before every key, REG_SZ quoted with \\ and
	 * \" escapes, dword:%08x, and every other type as comma-separated hex bytes (hex(2) strings as UTF-16LE) wrapped once a
	 * line reaches 77 characters, continued with a backslash and two spaces; the file ends with an empty line.
	 */
	static final class RegFile {
		private static final int WRAP_AT = 77;
		private final StringBuilder text = new StringBuilder("Windows Registry Editor Version 5.00" + CRLF);

		RegFile key(String path) {
			text.append(CRLF).append('[').append(path).append(']').append(CRLF);
			return this;
		}

		RegFile sz(String name, String value) {
			text.append(quotedName(name)).append('"').append(escape(value)).append('"').append(CRLF);
			return this;
		}

		RegFile dword(String name, int value) {
			text.append(quotedName(name)).append(String.format("dword:%08x", value)).append(CRLF);
			return this;
		}

		RegFile expandSz(String name, String value) {
			return hex(name, "hex(2):", (value + "\0").getBytes(StandardCharsets.UTF_16LE));
		}

		RegFile binary(String name, byte[] value) {
			return hex(name, "hex:", value);
		}

		private RegFile hex(String name, String type, byte[] data) {
			String prefix = quotedName(name) + type;
			text.append(prefix);
			int lineLength = prefix.length();
			for (int i = 0; i < data.length; i++) {
				text.append(String.format("%02x", data[i] & 0xFF));
				if (i == data.length - 1) {
					break;
				}
				text.append(',');
				lineLength += 3;
				if (lineLength >= WRAP_AT) {
					text.append('\\').append(CRLF).append("  ");
					lineLength = 2;
				}
			}
			text.append(CRLF);
			return this;
		}

		private static String quotedName(String name) {
			return name.isEmpty() ? "@=" : '"' + escape(name) + "\"=";
		}

		private static String escape(String value) {
			return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n");
		}

		byte[] bytes() {
			return utf16le(text + CRLF);
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Windows PowerShell 5.1 ConvertTo-Json and ConvertTo-Csv
	// ---------------------------------------------------------------------------------------------------------

	/** A DateTime, which Windows PowerShell 5.1 serializes as "\/Date(milliseconds since 1970 UTC)\/". */
	record PsDate(Instant instant) {
	}

	/** Ordered JSON object. */
	static Map<String, Object> obj(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/**
	 * ConvertTo-Json of Windows PowerShell 5.1: JavaScriptSerializer's compact text re-indented by PowerShell's own
	 * pretty printer, which puts two spaces after the colon, indents by four and aligns a nested object or array
	 * under the end of its property name (an empty array keeps an empty line between its brackets).
	 */
	static final class PsJson {
		private final StringBuilder text = new StringBuilder();

		static String write(Object value) {
			PsJson json = new PsJson();
			json.value(value, "", 0);
			return json.text.toString();
		}

		private void value(Object value, String pad, int spaces) {
			if (value instanceof Map<?, ?> map) {
				object(map, pad, spaces);
			} else if (value instanceof List<?> list) {
				array(list, pad, spaces);
			} else {
				text.append(scalar(value));
			}
		}

		private void object(Map<?, ?> map, String pad, int spaces) {
			String inner = pad + " ".repeat(spaces) + "    ";
			text.append('{').append(CRLF);
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!first) {
					text.append(',').append(CRLF);
				}
				first = false;
				String name = quote((String) entry.getKey()) + ":  ";
				text.append(inner).append(name);
				value(entry.getValue(), inner, name.length());
			}
			text.append(CRLF).append(pad).append(" ".repeat(spaces)).append('}');
		}

		private void array(List<?> list, String pad, int spaces) {
			String inner = pad + " ".repeat(spaces) + "    ";
			text.append('[').append(CRLF);
			boolean first = true;
			for (Object item : list) {
				if (!first) {
					text.append(',').append(CRLF);
				}
				first = false;
				text.append(inner);
				value(item, inner, 0);
			}
			text.append(CRLF).append(pad).append(" ".repeat(spaces)).append(']');
		}

		private static String scalar(Object value) {
			if (value == null) {
				return "null";
			}
			if (value instanceof PsDate date) {
				return "\"\\/Date(" + date.instant().toEpochMilli() + ")\\/\"";
			}
			if (value instanceof String string) {
				return quote(string);
			}
			return value.toString();
		}

		/** JavaScriptSerializer escapes, including its HTML-safe escapes of < > ' and &. */
		private static String quote(String value) {
			StringBuilder quoted = new StringBuilder("\"");
			for (char c : value.toCharArray()) {
				switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				case '<', '>', '\'', '&' -> quoted.append(String.format("\\u%04x", (int) c));
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					} else {
						quoted.append(c);
					}
				}
				}
			}
			return quoted.append('"').toString();
		}
	}

	/**
	 * ConvertTo-Csv -NoTypeInformation of Windows PowerShell 5.1: every value quoted with "" doubling, a $null
	 * property written as nothing at all (no quotes), lines ended by Out-File with CRLF.
	 */
	static final class PsCsv {
		private final List<String> lines = new ArrayList<>();

		PsCsv(String... header) {
			row((Object[]) header);
		}

		PsCsv row(Object... values) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					line.append(',');
				}
				if (values[i] != null) {
					line.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
				}
			}
			lines.add(line.toString());
			return this;
		}

		byte[] bytes() {
			return utf16le(lines(lines));
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// The bundle
	// ---------------------------------------------------------------------------------------------------------

	record Job(String id, String name, String datasource, long datasourceId, LocalDateTime startLocal,
			int minutes, String state, long bytes, int files, Integer errorCode, Long detailedErrorCode, String problem) {

		LocalDateTime endLocal() {
			return startLocal.plusSeconds(minutes * 60L + 17);
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// What customers send instead of a bundle: the same server (broken-scheduling) in two loose shapes
	// ---------------------------------------------------------------------------------------------------------

	static final class LooseSamples {
		/** Archive entry times: the files were written before the collection, the newest one at it. */
		private static final long COLLECTED_MILLIS = COLLECTED_UTC.toEpochMilli();

		static void write(Path root) throws IOException {
			Sample sample = Sample.all().stream().filter(s -> s.folder.equals("broken-scheduling")).findFirst().orElseThrow();
			Path v1 = root.resolve(sample.folder);
			BundleWriter writer = new BundleWriter(v1, sample);
			byte[] registry = Files.readAllBytes(v1.resolve("agent/registry.reg"));
			byte[] temp = zip(tempFolder(v1));

			// gathered by hand while following the article
			Path hand = root.resolve("loose-hand-gathered");
			deleteTree(hand);
			Files.createDirectories(hand);
			Files.write(hand.resolve("MARS_Registry.txt"), registry);
			Files.write(hand.resolve("Temp.zip"), temp);
			// exported from the Task Scheduler console: one bare <Task>, no schtasks comment
			Files.write(hand.resolve("Microsoft-OnlineBackup.xml"),
					utf16le(BundleWriter.taskXml("\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup", false,
							"2025-11-03T22:00:00", List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
									"Friday", "Saturday"), false, "IgnoreNew", POLICY_NAME)));
			Files.write(hand.resolve("screenshot.png"), png());
			System.out.println("wrote " + hand);

			// the shape of the Microsoft support log collector's <host>.tar
			Path collector = root.resolve("loose-support-collector");
			deleteTree(collector);
			Files.createDirectories(collector);
			Map<String, byte[]> tar = new LinkedHashMap<>();
			tar.put(sample.host + "/MARS_Registry.txt", registry);
			tar.put(sample.host + "/CBENGINE_Error_Logs.zip", temp);
			tar.put(sample.host + "/GetOBJob.txt", utf16le(jobTable(writer.jobs())));
			tar.put(sample.host + "/msinfo32.nfo", utf16le(lines("<?xml version=\"1.0\"?>",
					"<MsInfo><Metadata><Version>8.0</Version><CreationUTC>" + COLLECTED_UTC + "</CreationUTC></Metadata>",
					"<Category name=\"System Summary\"><Data><Item><![CDATA[System Name]]></Item><Value><![CDATA["
							+ sample.host + "]]></Value></Data></Category></MsInfo>")));
			tar.put(sample.host + "/EventLogs/CloudBackup.evtx", evtxHeader());
			Files.write(collector.resolve(sample.host + ".tar"), tar(tar));
			System.out.println("wrote " + collector);
		}

		/** What <InstallPath>\Temp holds of the bundle: the agent's logs and failed-file lists. */
		private static Map<String, byte[]> tempFolder(Path v1) throws IOException {
			Map<String, byte[]> files = new LinkedHashMap<>();
			for (String folder : List.of("agent/logs", "agent/failed-files")) {
				try (Stream<Path> all = Files.list(v1.resolve(folder))) {
					for (Path file : all.sorted().toList()) {
						files.put(file.getFileName().toString(), Files.readAllBytes(file));
					}
				}
			}
			return files;
		}

		/** Get-OBJob -Previous 100 | Format-Table StartTime,EndTime,JobType,JobState,Name,...: numbers right-aligned. */
		static String jobTable(List<Job> jobs) {
			DateTimeFormatter time = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);
			String[] header = { "StartTime", "EndTime", "JobType", "JobState", "Name", "Data Transferred MB",
					"DataSourceID", "JobID" };
			boolean[] right = { false, false, false, false, false, true, true, false };
			List<String[]> rows = new ArrayList<>();
			for (Job job : jobs) {
				rows.add(new String[] { time.format(job.startLocal()),
						time.format(job.startLocal().plusSeconds(job.minutes() * 60L + 17)), job.name(), job.state(),
						job.datasource(), Long.toString(job.bytes() >> 20), Long.toString(job.datasourceId()),
						job.id() });
			}
			int[] width = new int[header.length];
			for (int i = 0; i < header.length; i++) {
				width[i] = header[i].length();
				for (String[] row : rows) {
					width[i] = Math.max(width[i], row[i].length());
				}
			}
			List<String> out = new ArrayList<>();
			out.add("");
			String[] dashes = new String[header.length];
			for (int i = 0; i < header.length; i++) {
				dashes[i] = "-".repeat(header[i].length());
			}
			out.add(tableLine(header, width, right));
			out.add(tableLine(dashes, width, right));
			for (String[] row : rows) {
				out.add(tableLine(row, width, right));
			}
			out.add("");
			out.add("");
			return lines(out);
		}

		private static String tableLine(String[] cells, int[] width, boolean[] right) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < cells.length; i++) {
				if (i > 0) {
					line.append(' ');
				}
				String pad = " ".repeat(width[i] - cells[i].length());
				line.append(right[i] ? pad + cells[i] : i == cells.length - 1 ? cells[i] : cells[i] + pad);
			}
			return line.toString();
		}

		private static byte[] zip(Map<String, byte[]> files) throws IOException {
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
				for (Map.Entry<String, byte[]> file : files.entrySet()) {
					java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(file.getKey());
					// an extended UTC time, so that the zip is the same in every time zone
					entry.setLastModifiedTime(java.nio.file.attribute.FileTime.fromMillis(COLLECTED_MILLIS));
					zip.putNextEntry(entry);
					zip.write(file.getValue());
					zip.closeEntry();
				}
			}
			return bytes.toByteArray();
		}

		/** A plain ustar archive, as the collector writes it. */
		private static byte[] tar(Map<String, byte[]> files) {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				byte[] header = new byte[512];
				put(header, 0, file.getKey(), 100);
				put(header, 100, "0000644", 8);
				put(header, 108, "0000000", 8);
				put(header, 116, "0000000", 8);
				put(header, 124, String.format("%011o", file.getValue().length), 12);
				put(header, 136, String.format("%011o", COLLECTED_MILLIS / 1000), 12);
				java.util.Arrays.fill(header, 148, 156, (byte) ' ');
				header[156] = '0';
				put(header, 257, "ustar", 6);
				put(header, 263, "00", 2);
				int sum = 0;
				for (byte b : header) {
					sum += b & 0xFF;
				}
				put(header, 148, String.format("%06o", sum), 7);
				out.writeBytes(header);
				out.writeBytes(file.getValue());
				out.writeBytes(new byte[(512 - file.getValue().length % 512) % 512]);
			}
			out.writeBytes(new byte[1024]);
			return out.toByteArray();
		}

		private static void put(byte[] header, int offset, String text, int length) {
			byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
			System.arraycopy(bytes, 0, header, offset, Math.min(bytes.length, length));
		}

		/** A 1x1 grey PNG: what a screenshot is to the reader, a file it does not recognize. */
		private static byte[] png() {
			return HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010800000000"
					+ "3a7e9b550000000a49444154789c6360000000020001e221bc330000000049454e44ae426082");
		}

		/** The file header of a binary event log; the reader lists it as not read, whatever follows. */
		private static byte[] evtxHeader() {
			byte[] header = new byte[4096];
			put(header, 0, "ElfFile", 8);
			return header;
		}
	}

	static final class BundleWriter {
		private final Path folder;
		private final Sample sample;
		private final List<Map<String, Object>> manifestItems = new ArrayList<>();

		BundleWriter(Path folder, Sample sample) {
			this.folder = folder;
			this.sample = sample;
		}

		void writeAll() throws IOException {
			writeSystem();
			writeNetwork();
			writeAgent();
			writeTasks();
			writeManifest();
		}

		private void put(String path, String command, byte[] bytes) {
			try {
				Path file = folder.resolve(path);
				Files.createDirectories(file.getParent());
				Files.write(file, bytes);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			manifestItems.add(obj("path", path, "command", command, "status", "ok", "exitCode", 0, "durationMs",
					durationMs(path)));
		}

		/** A stable, plausible run time per artifact (no clock is read). */
		private static int durationMs(String path) {
			return 35 + Math.floorMod(path.hashCode(), 1800);
		}

		// ----- system/ -----------------------------------------------------------------------------------------

		private void writeSystem() {
			put("system/systeminfo.csv", "systeminfo /fo csv", oem(systeminfo(), sample.chinese));
			put("system/tzutil.txt", "tzutil /g", utf16le(lines(sample.timeZone())));
			put("system/dotnet-ndp.reg",
					"reg export \"HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full\"", dotNet());
			put("system/tls-schannel.reg",
					"reg export \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\"",
					schannel());
			put("system/tls-netfx.reg", "reg export \"HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\"",
					netFxTls());
			put("system/environment.reg",
					"reg export \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment\"",
					environment());
			put("system/psversion.txt", "$PSVersionTable | Out-String -Width 200", utf16le(psVersion()));
			put("system/executionpolicy.txt", "Get-ExecutionPolicy -List | Out-String", utf16le(executionPolicy()));
			put("system/services.csv",
					"Get-CimInstance Win32_Service | Select Name,DisplayName,State,StartMode,StartName,PathName | ConvertTo-Csv -NoTypeInformation",
					services());
			put("system/volumes.csv",
					"Get-Volume | Select DriveLetter,FileSystemLabel,FileSystem,DriveType,HealthStatus,OperationalStatus,Size,SizeRemaining,Path | ConvertTo-Csv -NoTypeInformation",
					volumesCsv());
			put("system/shadowstorage.txt", "vssadmin list shadowstorage", oem(shadowStorage(), false));
			put("system/pnp-iscsi.csv",
					"Get-PnpDevice | Where InstanceId -like 'ROOT\\ISCSIPRT*' | Select Status,Class,FriendlyName,InstanceId,Problem | ConvertTo-Csv -NoTypeInformation",
					new PsCsv("Status", "Class", "FriendlyName", "InstanceId", "Problem")
							.row("OK", "SCSIAdapter", "Microsoft iSCSI Initiator", "ROOT\\ISCSIPRT\\0000",
									"CM_PROB_NONE")
							.bytes());
			put("system/windows-temp-tmp-count.txt",
					"(Get-ChildItem C:\\Windows\\Temp -Filter *.tmp -Force).Count",
					utf16le(lines(sample.has(Seed.TMP_FLOOD) ? "65000" : "1200")));
			put("system/hotfixes.csv",
					"Get-HotFix | Select HotFixID,Description,InstalledOn | ConvertTo-Csv -NoTypeInformation",
					hotfixesCsv());
			put("system/certificates.csv",
					"Get-ChildItem Cert:\\LocalMachine\\My | Select Subject,FriendlyName,Thumbprint,NotBefore,NotAfter,HasPrivateKey | ConvertTo-Csv -NoTypeInformation",
					certificates());
			put("system/defender.json",
					"Get-MpPreference | Select DisableRealtimeMonitoring,ExclusionPath,ExclusionProcess,ExclusionExtension | ConvertTo-Json",
					utf16le(PsJson.write(defender()) + CRLF));
		}

		record Hotfix(String id, String description, LocalDate installedOn) {
		}

		private static final List<Hotfix> HOTFIXES = List.of(
				new Hotfix("KB5066135", "Update", LocalDate.of(2026, 10, 16)),
				new Hotfix("KB5068790", "Update", LocalDate.of(2026, 10, 16)),
				new Hotfix("KB5070884", "Security Update", LocalDate.of(2026, 11, 12)));

		private static final String[] SYSTEMINFO_EN = { "Host Name", "OS Name", "OS Version", "OS Manufacturer",
				"OS Configuration", "OS Build Type", "Registered Owner", "Registered Organization", "Product ID",
				"Original Install Date", "System Boot Time", "System Manufacturer", "System Model", "System Type",
				"Processor(s)", "BIOS Version", "Windows Directory", "System Directory", "Boot Device",
				"System Locale", "Input Locale", "Time Zone", "Total Physical Memory", "Available Physical Memory",
				"Virtual Memory: Max Size", "Virtual Memory: Available", "Virtual Memory: In Use",
				"Page File Location(s)", "Domain", "Logon Server", "Hotfix(s)", "Network Card(s)",
				"Hyper-V Requirements" };

		/** The same labels in a zh-CN display language, written as escapes so the source is plain ASCII. */
		private static final String[] SYSTEMINFO_ZH = {
				"\u4e3b\u673a\u540d", // Host Name
				"OS \u540d\u79f0", // OS Name
				"OS \u7248\u672c", // OS Version
				"OS \u5236\u9020\u5546", // OS Manufacturer
				"OS \u914d\u7f6e", // OS Configuration
				"OS \u6784\u4ef6\u7c7b\u578b", // OS Build Type
				"\u6ce8\u518c\u7684\u6240\u6709\u4eba", // Registered Owner
				"\u6ce8\u518c\u7684\u7ec4\u7ec7", // Registered Organization
				"\u4ea7\u54c1 ID", // Product ID
				"\u521d\u59cb\u5b89\u88c5\u65e5\u671f", // Original Install Date
				"\u7cfb\u7edf\u542f\u52a8\u65f6\u95f4", // System Boot Time
				"\u7cfb\u7edf\u5236\u9020\u5546", // System Manufacturer
				"\u7cfb\u7edf\u578b\u53f7", // System Model
				"\u7cfb\u7edf\u7c7b\u578b", // System Type
				"\u5904\u7406\u5668", // Processor(s)
				"BIOS \u7248\u672c", // BIOS Version
				"Windows \u76ee\u5f55", // Windows Directory
				"\u7cfb\u7edf\u76ee\u5f55", // System Directory
				"\u542f\u52a8\u8bbe\u5907", // Boot Device
				"\u7cfb\u7edf\u533a\u57df\u8bbe\u7f6e", // System Locale
				"\u8f93\u5165\u6cd5\u533a\u57df\u8bbe\u7f6e", // Input Locale
				"\u65f6\u533a", // Time Zone
				"\u7269\u7406\u5185\u5b58\u603b\u91cf", // Total Physical Memory
				"\u53ef\u7528\u7684\u7269\u7406\u5185\u5b58", // Available Physical Memory
				"\u865a\u62df\u5185\u5b58: \u6700\u5927\u503c", // Virtual Memory: Max Size
				"\u865a\u62df\u5185\u5b58: \u53ef\u7528", // Virtual Memory: Available
				"\u865a\u62df\u5185\u5b58: \u4f7f\u7528\u4e2d", // Virtual Memory: In Use
				"\u9875\u9762\u6587\u4ef6\u4f4d\u7f6e", // Page File Location(s)
				"\u57df", // Domain
				"\u767b\u5f55\u670d\u52a1\u5668", // Logon Server
				"\u4fee\u8865\u7a0b\u5e8f", // Hotfix(s)
				"\u7f51\u5361", // Network Card(s)
				"Hyper-V \u8981\u6c42" // Hyper-V Requirements
		};

		/** systeminfo /fo csv: a header row and one data row, every field quoted, labels in the display language. */
		private String systeminfo() {
			boolean zh = sample.chinese;
			LocalDateTime installed = LocalDateTime.of(2025, 11, 3, 10, 14, 7);
			LocalDateTime booted = LocalDateTime.of(2026, 11, 12, 11, 5, 41);
			DateTimeFormatter systeminfoTime = sample.noisy ? DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm:ss")
					: zh ? DateTimeFormatter.ofPattern("yyyy/M/d, H:mm:ss")
							: DateTimeFormatter.ofPattern("M/d/yyyy, h:mm:ss a", Locale.US);
			boolean client = sample.noisy;
			String cpu = "Intel64 Family 6 Model 85 Stepping 7 GenuineIntel ~2594 Mhz";
			StringBuilder hotfixes = new StringBuilder(zh
					? "\u5b89\u88c5\u4e86 " + HOTFIXES.size() + " \u4e2a\u4fee\u8865\u7a0b\u5e8f\u3002"
					: HOTFIXES.size() + " Hotfix(s) Installed.");
			for (int i = 0; i < HOTFIXES.size(); i++) {
				hotfixes.append(String.format(",[%02d]: %s", i + 1, HOTFIXES.get(i).id()));
			}
			String ipv6 = "fe80::5d2e:1b7c:9a40:" + Integer.toHexString(0x3f00 + Math.floorMod(sample.ipv4.hashCode(), 0xff));
			String nic = zh
					? "\u5b89\u88c5\u4e86 1 \u4e2a NIC\u3002,[01]: Microsoft Hyper-V Network Adapter,      \u8fde\u63a5\u540d:      \u4ee5\u592a\u7f51,      \u542f\u7528 DHCP:   \u5426,      IP \u5730\u5740,      [01]: "
							+ sample.ipv4 + ",      [02]: " + ipv6
					: "1 NIC(s) Installed.,[01]: Microsoft Hyper-V Network Adapter,      Connection Name: Ethernet,      DHCP Enabled:    No,      IP address(es),      [01]: "
							+ sample.ipv4 + ",      [02]: " + ipv6;
			String[] row = {
					sample.host,
					client ? "Microsoft Windows 11 Pro" : "Microsoft Windows Server 2022 " + (zh ? "Datacenter" : "Standard"),
					client ? "10.0.26100 N/A Build 26100"
							: zh ? "10.0.20348 \u6682\u7f3a Build 20348" : "10.0.20348 N/A Build 20348",
					"Microsoft Corporation",
					client ? "Member Workstation" : zh ? "\u6210\u5458\u670d\u52a1\u5668" : "Member Server",
					"Multiprocessor Free",
					zh ? "Windows \u7528\u6237" : "Windows User",
					"Contoso",
					"00454-60000-00001-AA" + String.format("%03d", Math.floorMod(sample.host.hashCode(), 1000)),
					systeminfoTime.format(installed),
					systeminfoTime.format(booted),
					"Microsoft Corporation",
					"Virtual Machine",
					"x64-based PC",
					(zh ? "\u5b89\u88c5\u4e86 1 \u4e2a\u5904\u7406\u5668\u3002" : "1 Processor(s) Installed.") + ",[01]: " + cpu,
					"Microsoft Corporation Hyper-V UEFI Release v4.1, "
							+ (client ? "13.05.2024" : zh ? "2024/5/13" : "5/13/2024"),
					"C:\\Windows",
					"C:\\Windows\\system32",
					"\\Device\\HarddiskVolume1",
					zh ? "zh-cn;\u4e2d\u6587(\u4e2d\u56fd)" : "en-us;English (United States)",
					zh ? "zh-cn;\u4e2d\u6587(\u4e2d\u56fd)" : client ? "de;German (Germany)" : "en-us;English (United States)",
					client ? "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
							: zh ? "(UTC+08:00) \u5317\u4eac\uff0c\u91cd\u5e86\uff0c\u9999\u6e2f\u7279\u522b\u884c\u653f\u533a\uff0c\u4e4c\u9c81\u6728\u9f50" : "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi",
					// German regional settings group thousands with a point
					client ? "16.383 MB" : "16,383 MB",
					client ? "9.874 MB" : "9,874 MB",
					client ? "18.431 MB" : "18,431 MB",
					client ? "11.203 MB" : "11,203 MB",
					client ? "7.228 MB" : "7,228 MB",
					"C:\\pagefile.sys",
					"contoso.local",
					"\\\\DC01",
					hotfixes.toString(),
					nic,
					zh ? "\u5df2\u68c0\u6d4b\u5230\u865a\u62df\u673a\u76d1\u63a7\u7a0b\u5e8f\u3002\u5c06\u4e0d\u663e\u793a Hyper-V \u6240\u9700\u7684\u529f\u80fd\u3002"
							: "A hypervisor has been detected. Features required for Hyper-V will not be displayed." };
			return lines(csvLine(zh ? SYSTEMINFO_ZH : SYSTEMINFO_EN), csvLine(row));
		}

		private static String csvLine(String[] fields) {
			StringBuilder line = new StringBuilder();
			for (String field : fields) {
				if (line.length() > 0) {
					line.append(',');
				}
				line.append('"').append(field.replace("\"", "\"\"")).append('"');
			}
			return line.toString();
		}

		/** Release 528449 = .NET Framework 4.8 on Windows Server 2022; the language subkey follows the OS language. */
		private byte[] dotNet() {
			String full = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full";
			return new RegFile().key(full)
					.dword("CBS", 1)
					.dword("Install", 1)
					.sz("InstallPath", "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\")
					.dword("Release", 528449)
					.dword("Servicing", 0)
					.sz("TargetVersion", "4.0.0")
					.sz("Version", "4.8.04161")
					.key(full + (sample.chinese ? "\\2052" : "\\1033"))
					.dword("CBS", 1)
					.dword("Install", 1)
					.dword("Release", 528449)
					.dword("Servicing", 0)
					.sz("TargetVersion", "4.0.0")
					.sz("Version", "4.8.04161")
					.bytes();
		}

		private byte[] schannel() {
			String protocols = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols";
			return new RegFile().key(protocols)
					.key(protocols + "\\SSL 2.0")
					.key(protocols + "\\SSL 2.0\\Client")
					.dword("DisabledByDefault", 1)
					.key(protocols + "\\TLS 1.2")
					.key(protocols + "\\TLS 1.2\\Client")
					.dword("DisabledByDefault", 0)
					.dword("Enabled", sample.has(Seed.TLS12_CLIENT_DISABLED) ? 0 : 1)
					.key(protocols + "\\TLS 1.2\\Server")
					.dword("DisabledByDefault", 0)
					.dword("Enabled", 1)
					.bytes();
		}

		private byte[] netFxTls() {
			String key = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319";
			RegFile reg = new RegFile().key(key)
					.dword("SchUseStrongCrypto", 1)
					.dword("SystemDefaultTlsVersions", 1)
					.key(key + "\\SKUs");
			for (String sku : List.of(".NETFramework,Version=v4.0", ".NETFramework,Version=v4.5",
					".NETFramework,Version=v4.6.2", ".NETFramework,Version=v4.7.2", ".NETFramework,Version=v4.8",
					"Client", "Default")) {
				reg.key(key + "\\SKUs\\" + sku);
			}
			return reg.bytes();
		}

		private byte[] environment() {
			String psModulePath = "%ProgramFiles%\\WindowsPowerShell\\Modules;%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\Modules"
					+ (sample.has(Seed.PSMODULEPATH_WITHOUT_MARS) ? "" : ";" + BIN + "\\Modules\\");
			return new RegFile()
					.key("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment")
					.expandSz("ComSpec", "%SystemRoot%\\system32\\cmd.exe")
					.sz("DriverData", "C:\\Windows\\System32\\Drivers\\DriverData")
					.sz("NUMBER_OF_PROCESSORS", "2")
					.sz("OS", "Windows_NT")
					.expandSz("Path",
							"%SystemRoot%\\system32;%SystemRoot%;%SystemRoot%\\System32\\Wbem;%SYSTEMROOT%\\System32\\WindowsPowerShell\\v1.0\\;%SYSTEMROOT%\\System32\\OpenSSH\\")
					.sz("PATHEXT", ".COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC")
					.sz("PROCESSOR_ARCHITECTURE", "AMD64")
					.sz("PROCESSOR_IDENTIFIER", "Intel64 Family 6 Model 85 Stepping 7, GenuineIntel")
					.sz("PROCESSOR_LEVEL", "6")
					.sz("PROCESSOR_REVISION", "5507")
					.expandSz("PSModulePath", psModulePath)
					.expandSz("TEMP", "%SystemRoot%\\TEMP")
					.expandSz("TMP", "%SystemRoot%\\TEMP")
					.sz("USERNAME", "SYSTEM")
					.expandSz("windir", "%SystemRoot%")
					.bytes();
		}

		/**
		 * Out-String of a formatted table: an empty line before the table, two after it. The name column of
		 * $PSVersionTable is 30 wide plus one separating space.
		 */
		private static String psVersion() {
			String[][] rows = { { "PSVersion", "5.1.20348.2849" }, { "PSEdition", "Desktop" },
					{ "PSCompatibleVersions", "{1.0, 2.0, 3.0, 4.0...}" }, { "BuildVersion", "10.0.20348.2849" },
					{ "CLRVersion", "4.0.30319.42000" }, { "WSManStackVersion", "3.0" },
					{ "PSRemotingProtocolVersion", "2.3" }, { "SerializationVersion", "1.1.0.1" } };
			List<String> table = new ArrayList<>();
			table.add("");
			table.add(String.format("%-30s %s", "Name", "Value"));
			table.add(String.format("%-30s %s", "----", "-----"));
			for (String[] row : rows) {
				table.add(String.format("%-30s %s", row[0], row[1]));
			}
			table.add("");
			table.add("");
			return lines(table);
		}

		private String executionPolicy() {
			String localMachine = sample.has(Seed.EXECUTION_POLICY_RESTRICTED) ? "Restricted" : "RemoteSigned";
			List<String> table = new ArrayList<>();
			table.add("");
			table.add(String.format("%13s %15s", "Scope", "ExecutionPolicy"));
			table.add(String.format("%13s %15s", "-----", "---------------"));
			for (String scope : List.of("MachinePolicy", "UserPolicy", "Process", "CurrentUser")) {
				// the user who collected the bundle restricted scripts for themselves; the task runs as SYSTEM
				boolean own = sample.noisy && scope.equals("CurrentUser");
				table.add(String.format("%13s %15s", scope, own ? "Restricted" : "Undefined"));
			}
			table.add(String.format("%13s %15s", "LocalMachine", localMachine));
			table.add("");
			table.add("");
			return lines(table);
		}

		/**
		 * Win32_Service in WMI's name order. The management agent's service name is not published;
		 * OBRecoveryServicesManagementAgent is the process name the docs give and stands in for it here.
		 */
		private byte[] services() {
			String svchost = "C:\\Windows\\system32\\svchost.exe -k ";
			String[][] rows = {
					{ "BFE", "Base Filtering Engine", "Running", "Auto", "NT AUTHORITY\\LocalService",
							svchost + "LocalServiceNoNetworkFirewall -p" },
					{ "CryptSvc", "Cryptographic Services", "Running", "Auto", "NT Authority\\NetworkService",
							svchost + "NetworkService -p" },
					{ "Dhcp", "DHCP Client", "Running", "Auto", "NT Authority\\LocalService",
							svchost + "LocalServiceNetworkRestricted -p" },
					{ "Dnscache", "DNS Client", "Running", "Auto", "NT AUTHORITY\\NetworkService",
							svchost + "NetworkService -p" },
					{ "EventLog", "Windows Event Log", "Running", "Auto", "NT AUTHORITY\\LocalService",
							svchost + "LocalServiceNetworkRestricted -p" },
					{ "EventSystem", "COM+ Event System", "Running", "Auto", "NT AUTHORITY\\LocalService",
							svchost + "LocalService -p" },
					{ "LanmanServer", "Server", "Running", "Auto", "LocalSystem", svchost + "netsvcs -p" },
					{ "LanmanWorkstation", "Workstation", "Running", "Auto", "NT AUTHORITY\\NetworkService",
							svchost + "NetworkService -p" },
					{ "MSiSCSI", "Microsoft iSCSI Initiator Service", "Stopped", "Manual", "LocalSystem",
							svchost + "netsvcs -p" },
					{ "obengine", "Microsoft Azure Recovery Services Agent", "Running", "Auto", "LocalSystem",
							"\"" + BIN + "\\cbengine.exe\"" },
					{ "OBRecoveryServicesManagementAgent", "Microsoft Azure Recovery Services Management Agent",
							"Running", "Auto", "LocalSystem", "\"" + BIN + "\\OBRecoveryServicesManagementAgent.exe\"" },
					{ "RpcSs", "Remote Procedure Call (RPC)", "Running", "Auto", "NT AUTHORITY\\NetworkService",
							svchost + "rpcss -p" },
					{ "Schedule", "Task Scheduler", "Running", "Auto", "LocalSystem", svchost + "netsvcs -p" },
					{ "SENS", "System Event Notification Service", "Running", "Auto", "LocalSystem",
							svchost + "netsvcs -p" },
					{ "swprv", "Microsoft Software Shadow Copy Provider", "Stopped", "Manual", "LocalSystem",
							svchost + "swprv" },
					{ "VSS", "Volume Shadow Copy", "Stopped", "Manual", "LocalSystem",
							"C:\\Windows\\system32\\vssvc.exe" },
					{ "W32Time", "Windows Time", "Running", "Manual", "NT AUTHORITY\\LocalService",
							svchost + "LocalService" },
					{ "wbengine", "Block Level Backup Engine Service", "Stopped", "Manual", "localSystem",
							"\"C:\\Windows\\system32\\wbengine.exe\"" },
					{ "WinDefend", "Microsoft Defender Antivirus Service", "Running", "Auto", "LocalSystem",
							"\"C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.25100.9-0\\MsMpEng.exe\"" },
					{ "WinHttpAutoProxySvc", "WinHTTP Web Proxy Auto-Discovery Service", "Running", "Manual",
							"NT AUTHORITY\\LocalService", svchost + "LocalServiceNetworkRestricted -p" },
					{ "Winmgmt", "Windows Management Instrumentation", "Running", "Auto", "localSystem",
							svchost + "netsvcs -p" },
					{ "WinRM", "Windows Remote Management (WS-Management)", "Running", "Auto",
							"NT AUTHORITY\\NetworkService", svchost + "NetworkService -p" },
					{ "wuauserv", "Windows Update", "Stopped", "Manual", "LocalSystem", svchost + "netsvcs -p" } };
			PsCsv csv = new PsCsv("Name", "DisplayName", "State", "StartMode", "StartName", "PathName");
			for (String[] row : rows) {
				csv.row((Object[]) row);
			}
			return csv.bytes();
		}

		record Volume(String letter, String label, String fileSystem, long size, long remaining, String guid) {

			String path() {
				return "\\\\?\\Volume{" + guid + "}\\";
			}
		}

		private List<Volume> volumes() {
			List<Volume> volumes = new ArrayList<>();
			volumes.add(new Volume("C", "", "NTFS", 136_251_092_992L, 87_512_334_336L,
					"c1d2e3f4-0a1b-4c2d-8e3f-405162738495"));
			volumes.add(new Volume("D", sample.chinese ? "\u6570\u636e" : "Data", "NTFS", 1_099_375_112_192L,
					611_874_619_392L, "d2e3f4a5-1b2c-4d3e-9f4a-516273849506"));
			if (sample.has(Seed.SCRATCH_VOLUME_FULL)) {
				volumes.add(new Volume("E", "MARSCache", "NTFS", 21_339_566_080L, 536_870_912L,
						"e3f4a5b6-2c3d-4e4f-8a5b-627384950617"));
			}
			volumes.add(new Volume(null, "", "NTFS", 523_235_328L, 85_000_192L, "f4a5b6c7-3d4e-4f5a-9b6c-738495061728"));
			volumes.add(new Volume(null, "", "FAT32", 99_614_720L, 69_861_376L, "a5b6c7d8-4e5f-4a6b-8c7d-849506172839"));
			return volumes;
		}

		private byte[] volumesCsv() {
			PsCsv csv = new PsCsv("DriveLetter", "FileSystemLabel", "FileSystem", "DriveType", "HealthStatus",
					"OperationalStatus", "Size", "SizeRemaining", "Path");
			for (Volume volume : volumes()) {
				csv.row(volume.letter(), volume.label(), volume.fileSystem(), "Fixed", "Healthy", "OK", volume.size(),
						volume.remaining(), volume.path());
			}
			return csv.bytes();
		}

		/** vssadmin list shadowstorage: one association per protected volume, sizes in vssadmin's units. */
		private String shadowStorage() {
			List<String> text = new ArrayList<>(List.of(
					"vssadmin 1.1 - Volume Shadow Copy Service administrative command-line tool",
					"(C) Copyright 2001-2013 Microsoft Corp.",
					""));
			Volume c = volumes().get(0);
			Volume d = volumes().get(1);
			if (sample.noisy) {
				// German regional settings give vssadmin a decimal comma; C: is not protected here and VSS has
				// made no association for it, which is normal before a first snapshot
				association(text, d, "1,93 GB (0%)", "2,25 GB (0%)", "UNBOUNDED (100%)");
				text.add("");
				return lines(text);
			}
			association(text, c, "1.93 GB (1%)", "2.00 GB (1%)", "12.7 GB (10%)");
			text.add("");
			if (sample.has(Seed.SHADOW_STORAGE_TINY)) {
				association(text, d, "310 MB (0%)", "320 MB (0%)", "320 MB (0%)");
			} else {
				association(text, d, "48.2 GB (4%)", "51.0 GB (4%)", "102 GB (10%)");
			}
			text.add("");
			return lines(text);
		}

		private static void association(List<String> text, Volume volume, String used, String allocated,
				String maximum) {
			String name = "(" + volume.letter() + ":)" + volume.path();
			text.add("Shadow Copy Storage association");
			text.add("   For volume: " + name);
			text.add("   Shadow Copy Storage volume: " + name);
			text.add("   Used Shadow Copy Storage space: " + used);
			text.add("   Allocated Shadow Copy Storage space: " + allocated);
			text.add("   Maximum Shadow Copy Storage space: " + maximum);
		}

		private byte[] hotfixesCsv() {
			PsCsv csv = new PsCsv("HotFixID", "Description", "InstalledOn");
			for (Hotfix hotfix : HOTFIXES) {
				csv.row(hotfix.id(), hotfix.description(), sample.dateTime(hotfix.installedOn().atStartOfDay()));
			}
			return csv.bytes();
		}

		/**
		 * The agent's CB_ certificates (the subject suffixes after the host and vault names are placeholders: their
		 * real pattern is only known as "._xxxxxxxx" and "-xx-xx-xxxx-vaultcredentials"), plus an unrelated expired
		 * certificate as harmless noise.
		 */
		private byte[] certificates() {
			String registered = sample.registeredHost();
			LocalDateTime registeredAt = LocalDateTime.of(2025, 11, 3, 2, 40, 12);
			PsCsv csv = new PsCsv("Subject", "FriendlyName", "Thumbprint", "NotBefore", "NotAfter", "HasPrivateKey");
			csv.row("CN=CB_" + registered + "._7d3e91a4", "", sha("SHA-1", "machine " + registered),
					sample.dateTime(registeredAt.plusHours(8)), sample.dateTime(registeredAt.plusYears(3).plusHours(8)),
					"True");
			csv.row("CN=CB_" + VAULT + "-11-3-2025-vaultcredentials", "", sha("SHA-1", "vault " + VAULT),
					sample.dateTime(LocalDateTime.of(2025, 11, 3, 10, 21, 5)),
					sample.dateTime(LocalDateTime.of(2025, 11, 5, 10, 21, 5)), "True");
			csv.row("CN=" + sample.host.toLowerCase(Locale.ROOT) + ".contoso.local", "IIS 2023",
					sha("SHA-1", "old web " + sample.host), sample.dateTime(LocalDateTime.of(2023, 3, 1, 9, 0, 0)),
					sample.dateTime(LocalDateTime.of(2024, 3, 1, 9, 0, 0)), "True");
			return csv.bytes();
		}

		private Map<String, Object> defender() {
			List<Object> paths = new ArrayList<>(List.of(DEFAULT_SCRATCH, BIN));
			if (sample.has(Seed.SCRATCH_MOVED_HALFWAY)) {
				// The administrator did exclude the new cache folder: the sample seeds only the registry mistake.
				paths.add(MOVED_SCRATCH);
			}
			return obj(
					"DisableRealtimeMonitoring", false,
					"ExclusionPath", paths,
					"ExclusionProcess", List.of(BIN + "\\cbengine.exe",
							"C:\\Windows\\Microsoft.NET\\Framework\\v4.0.30319\\csc.exe",
							"C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\csc.exe"),
					"ExclusionExtension", null);
		}

		// ----- network/ ----------------------------------------------------------------------------------------

		private static final String PROXY = "proxy.contoso.local:8080";

		private void writeNetwork() {
			String winHttp = sample.has(Seed.WINHTTP_PROXY_VS_SYSTEM_WININET)
					? lines("", "Current WinHTTP proxy settings:", "", "    Proxy Server(s) :  " + PROXY,
							"    Bypass List     :  <local>", "")
					: lines("", "Current WinHTTP proxy settings:", "", "    Direct access (no proxy server).", "");
			put("network/winhttp-proxy.txt", "netsh winhttp show proxy", oem(winHttp, false));
			put("network/inet-system.reg",
					"reg export \"HKU\\S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\"",
					systemInternetSettings());
			put("network/connectivity.csv",
					"foreach endpoint: Test-NetConnection -Port 443; Invoke-WebRequest | ConvertTo-Csv -NoTypeInformation",
					connectivity());
		}

		/**
		 * The SYSTEM account's WinINet settings. In the broken sample the proxy checkbox is off (ProxyEnable 0 and
		 * the "direct" flag in DefaultConnectionSettings) while a ProxyServer value is still stored.
		 */
		private byte[] systemInternetSettings() {
			String key = "HKEY_USERS\\S-1-5-18\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings";
			boolean leftover = sample.has(Seed.WINHTTP_PROXY_VS_SYSTEM_WININET);
			RegFile reg = new RegFile().key(key)
					.dword("CertificateRevocation", 1)
					.dword("DisableCachingOfSSLPages", 0)
					.sz("IE5_UA_Backup_Flag", "5.0")
					.dword("PrivacyAdvanced", 1)
					.dword("SecureProtocols", 0xa80)
					.sz("User Agent", "Mozilla/4.0 (compatible; MSIE 8.0; Win32)")
					.binary("ZonesSecurityUpgrade", new byte[] { 0x5e, (byte) 0xa1, 0x3c, 0x77, (byte) 0xd2, 0x4c,
							(byte) 0xdc, 0x01 })
					.dword("EnableNegotiate", 1)
					.dword("MigrateProxy", 1)
					.dword("ProxyEnable", 0);
			if (leftover) {
				reg.sz("ProxyServer", PROXY).sz("ProxyOverride", "<local>");
			}
			reg.dword("WarnonZoneCrossing", 0);
			byte[] connection = connectionSettings(leftover ? PROXY : "", leftover ? "<local>" : "");
			reg.key(key + "\\Connections")
					.binary("DefaultConnectionSettings", connection)
					.binary("SavedLegacySettings", connection)
					.key(key + "\\ZoneMap")
					.dword("AutoDetect", 0)
					.dword("IntranetName", 1)
					.dword("ProxyBypass", 1)
					.dword("UNCAsIntranet", 1);
			return reg.bytes();
		}

		/** The binary connection settings: version, counter, flags (1 = direct), then length-prefixed strings. */
		private static byte[] connectionSettings(String proxy, String bypass) {
			byte[] proxyBytes = proxy.getBytes(StandardCharsets.US_ASCII);
			byte[] bypassBytes = bypass.getBytes(StandardCharsets.US_ASCII);
			ByteBuffer buffer = ByteBuffer.allocate(4 * 6 + proxyBytes.length + bypassBytes.length + 32)
					.order(ByteOrder.LITTLE_ENDIAN);
			buffer.putInt(0x46).putInt(proxy.isEmpty() ? 2 : 7).putInt(1);
			buffer.putInt(proxyBytes.length).put(proxyBytes);
			buffer.putInt(bypassBytes.length).put(bypassBytes);
			buffer.putInt(0);
			return buffer.array();
		}

		record Probe(String target, boolean tcp, Integer httpStatus, String error) {
		}

		private byte[] connectivity() {
			boolean broken = sample.has(Seed.PROBES_407_AND_UNREACHABLE);
			List<Probe> probes = List.of(
					broken
							? new Probe("login.microsoftonline.com", true, 407,
									"The remote server returned an error: (407) Proxy Authentication Required.")
							: new Probe("login.microsoftonline.com", true, 200, null),
					new Probe("login.windows.net", true, 200, null),
					broken
							? new Probe("pod01-manag1.sea.backup.windowsazure.com", false, null,
									"Unable to connect to the remote server")
							: new Probe("pod01-manag1.sea.backup.windowsazure.com", true, 404, null),
					new Probe("seaprodwabstg01.blob.core.windows.net", true, 403, null),
					new Probe("seaprodwabstg01.queue.core.windows.net", true, 403, null),
					new Probe("www.msftconnecttest.com", true, 200, null));
			PsCsv csv = new PsCsv("Target", "Port", "TcpTestSucceeded", "HttpStatus", "Error");
			for (Probe probe : probes) {
				csv.row(probe.target(), 443, probe.tcp() ? "True" : "False", probe.httpStatus(), probe.error());
			}
			return csv.bytes();
		}

		// ----- agent/ ------------------------------------------------------------------------------------------

		private void writeAgent() {
			put("agent/registry.reg", "reg export \"HKLM\\SOFTWARE\\Microsoft\\Windows Azure Backup\"",
					agentRegistry());
			put("agent/version.txt", "(Get-Item \"$InstallPath\\bin\\cbengine.exe\").VersionInfo.FileVersion",
					utf16le(lines(AGENT_VERSION)));
			put("agent/machine-setting.json", "Get-OBMachineSetting | ConvertTo-Json -Depth 4",
					utf16le(PsJson.write(machineSetting()) + CRLF));
			put("agent/policy.json", "Get-OBPolicy | ConvertTo-Json -Depth 6",
					utf16le(PsJson.write(policy()) + CRLF));
			List<Job> jobs = jobs();
			Object jobsJson = jobs.size() == 1 ? jobJson(jobs.get(0)) : jobs.stream().map(this::jobJson).toList();
			put("agent/jobs.json", "Get-OBJob -Previous 100 | Select *,JobTypeName,JobStateName | ConvertTo-Json -Depth 6",
					utf16le(PsJson.write(jobsJson) + CRLF));
			put("agent/module-files.csv",
					"Get-ChildItem \"$InstallPath\\bin\\Modules\\MSOnlineBackup\" -Recurse -File | Get-FileHash | Select Path,Algorithm,Hash | ConvertTo-Csv -NoTypeInformation",
					moduleFiles());
			put("agent/scratch-folder.csv",
					"Get-Item -Force $Scratch | Select FullName,Attributes,LastWriteTimeUtc | ConvertTo-Csv -NoTypeInformation",
					scratchFolder());
			put("agent/scratch-listing.csv",
					"Get-ChildItem -Force $Scratch | Select Name,Length,Attributes,LastWriteTimeUtc | ConvertTo-Csv -NoTypeInformation",
					scratchListing());
			put("agent/cloudbackup-events.csv",
					"Get-WinEvent -LogName CloudBackup/Operational -MaxEvents 1000 | Select TimeCreated,Id,LevelDisplayName,Message | ConvertTo-Csv -NoTypeInformation",
					events(jobs));
			put("agent/logs/CBEngineCurr.errlog", "Copy-Item \"$InstallPath\\Temp\\CBEngineCurr.errlog\"",
					utf16le(cbEngineLog(jobs)));
			put("agent/logs/GatewayProvider0.errlog", "Copy-Item \"$InstallPath\\Temp\\GatewayProvider0.errlog\"",
					utf16le(gatewayLog()));
			String failedFiles = "LastBackupFailedFiles1c4e7_11_19_2026.txt";
			put("agent/failed-files/" + failedFiles, "Copy-Item \"$InstallPath\\Temp\\" + failedFiles + "\"",
					utf16le(failedFiles()));
			if (sample.noisy) {
				// left behind by a backup in June; every backup since completed without failed files
				String old = "LastBackupFailedFiles1c4e7_6_2_2026.txt";
				put("agent/failed-files/" + old, "Copy-Item \"$InstallPath\\Temp\\" + old + "\"",
						utf16le(lines("Consider adding these to exclusion list of backup policy." + "-".repeat(46),
								"D:\\Shares\\Finance\\Current\\~$budget-2026.xlsx\t0x80070020",
								"D:\\Shares\\HR\\Current\\review.docx\t0x80070005", "-".repeat(103))));
			}
			if (sample.has(Seed.VAULT_CREDENTIALS_OLD_OTHER_VAULT)) {
				String name = "contoso-vault_Fri Oct 30 2026.VaultCredentials";
				put("agent/vault-credentials/" + name,
						"Copy-Item \"C:\\Users\\admin\\Downloads\\" + name + "\"",
						vaultCredentials().getBytes(StandardCharsets.UTF_8));
			}
		}

		private byte[] agentRegistry() {
			String root = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Azure Backup";
			return new RegFile().key(root)
					.key(root + "\\Config")
					.sz("ScratchLocation", sample.configScratch())
					.sz("ServiceResourceName", VAULT)
					.sz("SubscriptionId", SUBSCRIPTION)
					.sz("ResourceGroupName", RESOURCE_GROUP)
					.sz("MachineId", sample.machineId)
					.sz("ResourceId", RESOURCE_ID)
					.key(root + "\\Config\\CloudBackupProvider")
					.sz("ScratchLocation", DEFAULT_SCRATCH)
					.key(root + "\\Setup")
					.sz("InstallPath", INSTALL_PATH)
					.bytes();
		}

		/**
		 * Get-OBMachineSetting: the ProxySetting and EncryptionSetting property names are the ones scripts use; the
		 * throttling part is illustrative. Its TimeSpans show how PowerShell 5.1 expands them into objects.
		 */
		private Map<String, Object> machineSetting() {
			boolean proxy = sample.has(Seed.AGENT_PROXY_AUTHENTICATING);
			return obj(
					"ProxySetting", obj(
							"Enabled", proxy,
							"ProxyServer", proxy ? "http://proxy.contoso.local" : null,
							"ProxyPort", proxy ? 8080 : 0,
							"ProxyUserName", proxy ? "CONTOSO\\svc-mars-proxy" : null),
					"ThrottlingSetting", obj(
							"Enabled", false,
							"WorkDay", List.of(1, 2, 3, 4, 5),
							"StartWorkHour", timeSpan(9),
							"EndWorkHour", timeSpan(18),
							"WorkHourBandwidth", 524288,
							"NonWorkHourBandwidth", 2097152),
					"EncryptionSetting", obj("EncryptionKeyStatus", "Set"));
		}

		private static Map<String, Object> timeSpan(int hours) {
			long seconds = hours * 3600L;
			return obj("Ticks", seconds * 10_000_000L, "Days", 0, "Hours", hours, "Milliseconds", 0, "Minutes", 0,
					"Seconds", 0, "TotalDays", hours / 24.0, "TotalHours", hours, "TotalMilliseconds", seconds * 1000,
					"TotalMinutes", hours * 60, "TotalSeconds", seconds);
		}

		/**
		 * Get-OBPolicy. ScheduleRunDays are System.DayOfWeek values, which PowerShell 5.1 writes as numbers
		 * (Sunday = 0); the run time is a DateTime on the day the policy was created.
		 */
		private Map<String, Object> policy() {
			Instant runTime = LocalDateTime.of(2025, 11, 3, 22, 0).toInstant(sample.offset());
			return obj(
					"PolicyName", POLICY_NAME,
					"PolicyState", "Valid",
					"State", "Existing",
					"BackupSchedule", obj(
							"SchedulePolicyName", POLICY_NAME,
							"ScheduleRunDays", List.of(0, 1, 2, 3, 4, 5, 6),
							"ScheduleRunTimes", List.of(new PsDate(runTime)),
							"ScheduleWeeklyFrequency", 1,
							"State", "Existing"),
					"RetentionPolicy", obj(
							"RetentionDays", 30,
							"WeeklyLTRSchedule", null,
							"MonthlyLTRSchedule", null,
							"YearlyLTRSchedule", null,
							"State", "Existing"),
					"DsList", List.of(
							obj("DataSourceId", 9223372036854775L, "DataSourceName", "D:\\",
									"FileSpec", List.of(
											fileSpec("D:\\Shares", false, true),
											fileSpec("D:\\Shares\\Scratchpad", true, true),
											fileSpec("D:\\Shares\\*.tmp", true, true))),
							obj("DataSourceId", 9223372036854776L, "DataSourceName", "System State",
									"WriterId", "DA57A531-E7E7-4346-9A68-B511F551DEB6",
									"ApplicationId", "8C3D00F9-3CE9-4563-B373-19837BC2835E",
									"FileSpec", List.of())).subList(0, sample.systemState() ? 2 : 1));
		}

		private static Map<String, Object> fileSpec(String spec, boolean exclude, boolean recursive) {
			return obj("FileSpec", spec, "IsExclude", exclude, "IsRecursive", recursive);
		}

		/** Newest first, as Get-OBJob -Previous lists them. */
		private List<Job> jobs() {
			List<Job> jobs = new ArrayList<>();
			if (sample.has(Seed.JOB_FAILED_0X1FC07)) {
				// The job history lives in the cache folder: after the half-done move only the failed job is known.
				jobs.add(filesJob(LocalDate.of(2026, 11, 19), "Failed", 130055, -2147024784L,
						"The current operation failed due to an internal service error [0x1FC07]. Retry the operation after some time. If the issue persists, please contact Microsoft support."));
				return jobs;
			}
			for (LocalDate day = LocalDate.of(2026, 11, 19); !day.isBefore(LocalDate.of(2026, 11, 13)); day = day
					.minusDays(1)) {
				if (day.equals(LocalDate.of(2026, 11, 19)) && sample.has(Seed.JOB_ANOTHER_IN_PROGRESS)) {
					jobs.add(new Job(jobId(day, 9), "Backup", "D:\\", 9223372036854775L, day.atTime(22, 0, 6), 0,
							"Aborted", 0, 0, 0, 0L, "Job could not be started as another job was in progress"));
				}
				if (day.equals(LocalDate.of(2026, 11, 19)) && sample.has(Seed.JOB_FAILED_230006)) {
					jobs.add(filesJob(day, "Failed", 230006, 0L,
							"The current operation failed due to an internal service error \"Resource not provisioned in service stamp\". Please retry the operation after some time. (ID: 230006)"));
				} else {
					jobs.add(filesJob(day, "Completed", null, null, null));
				}
				if (day.getDayOfWeek() == DayOfWeek.SUNDAY && sample.systemState()) {
					jobs.add(new Job(jobId(day, 2), "Backup", "System State", 9223372036854776L, day.atTime(21, 0, 2),
							38, "Completed", 19_874_512_384L, 0, null, null, null));
				}
			}
			return jobs;
		}

		private Job filesJob(LocalDate day, String state, Integer errorCode, Long detailed, String problem) {
			boolean completed = state.equals("Completed");
			int minutes = completed ? 41 + day.getDayOfMonth() % 9 : 3;
			long bytes = completed ? 1_873_118_208L + day.getDayOfMonth() * 73_400_320L : 0;
			return new Job(jobId(day, 1), "Backup", "D:\\", 9223372036854775L, day.atTime(22, 0, 4), minutes, state,
					bytes, completed ? 1_204 + day.getDayOfMonth() * 37 : 0, errorCode, detailed, problem);
		}

		private String jobId(LocalDate day, int index) {
			String hex = sha("SHA-256", sample.host + day + index).toLowerCase(Locale.ROOT);
			return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-a"
					+ hex.substring(17, 20) + "-" + hex.substring(20, 32);
		}

		/**
		 * One Get-OBJob result as the collector writes it. JobType (CBJobType) and JobState are enums, and so numbers
		 * in PowerShell 5.1 JSON; their numbering is not published, so the numbers here are placeholders. The
		 * collector adds each enum's name beside it (JobTypeName, JobStateName), which is what the reader takes. The
		 * ErrorInfo shape follows the properties Microsoft scripts read.
		 */
		private Map<String, Object> jobJson(Job job) {
			Map<String, Object> error = job.errorCode() == null ? null : obj(
					"ErrorCode", job.errorCode(),
					"DetailedErrorCode", job.detailedErrorCode(),
					"ErrorParamList", List.of(),
					"Problem", job.problem());
			return obj(
					"JobId", job.id(),
					"JobType", 1,
					"JobStatus", obj(
							"JobState", placeholderNumber(job.state()),
							"StartTime", new PsDate(job.startLocal().toInstant(sample.offset())),
							"EndTime", new PsDate(job.endLocal().toInstant(sample.offset())),
							"ErrorInfo", error,
							"DatasourceStatus", List.of(obj(
									"Datasource", obj(
											"DataSourceId", job.datasourceId(),
											"DataSourceName", job.datasource()),
									"JobState", placeholderNumber(job.state()),
									"ByteProgress", obj("Progress", job.bytes(), "Total", job.bytes(), "Failed", 0),
									"FileProgress", obj("Changed", job.files(), "Total", job.files(), "Failed",
											sample.has(Seed.FAILED_FILES) ? 300 : 0),
									"ErrorInfo", error))),
					"JobTypeName", "Backup",
					"JobStateName", job.state());
		}

		/** Stands for an enum number that PowerShell writes and nobody has published the meaning of. */
		private static int placeholderNumber(String state) {
			return List.of("Completed", "CompletedWithWarning", "Aborted", "Failed").indexOf(state) + 1;
		}

		/** The psd1 manifest is the file every check can name; the hashes are fake (SHA-256 of the file name). */
		private byte[] moduleFiles() {
			PsCsv csv = new PsCsv("Path", "Algorithm", "Hash");
			for (String file : List.of("MSOnlineBackup.psd1", "MSOnlineBackup.format.ps1xml",
					"MSOnlineBackup.types.ps1xml", "en-US\\about_MSOnlineBackup.help.txt",
					"en-US\\Microsoft.Internal.CloudBackup.Commands.dll-Help.xml")) {
				if (file.equals("MSOnlineBackup.psd1") && sample.has(Seed.MODULE_MANIFEST_MISSING)) {
					continue;
				}
				csv.row(MODULE_DIR + "\\" + file, "SHA256", sha("SHA-256", file));
			}
			return csv.bytes();
		}

		private byte[] scratchFolder() {
			String attributes = sample.has(Seed.SCRATCH_COMPRESSED) ? "Directory, Compressed" : "Directory";
			return new PsCsv("FullName", "Attributes", "LastWriteTimeUtc")
					.row(sample.configScratch(), attributes, sample.dateTime(LocalDateTime.of(2026, 11, 19, 14, 58, 31)))
					.bytes();
		}

		/** A directory has no Length property, so Select leaves it $null and the CSV field empty. */
		private byte[] scratchListing() {
			PsCsv csv = new PsCsv("Name", "Length", "Attributes", "LastWriteTimeUtc");
			String written = sample.dateTime(LocalDateTime.of(2026, 11, 19, 14, 58, 31));
			csv.row("3b7e0c1d-9a24-4f6e-b1c8-5d2a7e9f4c10", null, "Directory", written);
			if (!sample.has(Seed.SCRATCH_MOVED_HALFWAY)) {
				csv.row("a41f6d2c-7e38-4b95-8c0a-1e5f3d7b9a26", null, "Directory",
						sample.dateTime(LocalDateTime.of(2026, 11, 15, 13, 38, 9)));
			}
			if (!sample.has(Seed.KEK_MISSING)) {
				csv.row("OnlineBackup.KEK", 1104, "Archive", sample.dateTime(LocalDateTime.of(2025, 11, 3, 2, 41, 55)));
			}
			return csv.bytes();
		}

		/**
		 * CloudBackup/Operational. Event ids and texts are illustrative: third-party monitoring scripts treat 3 as
		 * success and 11 as failure; no catalogue is published. One message spans lines, as real ones do.
		 */
		private byte[] events(List<Job> jobs) {
			PsCsv csv = new PsCsv("TimeCreated", "Id", "LevelDisplayName", "Message");
			for (Job job : jobs) {
				LocalDateTime end = job.endLocal();
				String level;
				String message;
				int id;
				switch (job.state()) {
				case "Completed" -> {
					id = 3;
					level = sample.chinese ? "\u4fe1\u606f" : "Information";
					message = job.datasource().equals("System State")
							? "System state backup completed successfully.\r\n\r\nJob ID: " + job.id()
							: "The backup operation completed successfully.";
				}
				case "Aborted" -> {
					id = 11;
					level = sample.chinese ? "\u8b66\u544a" : "Warning";
					message = job.problem();
				}
				default -> {
					id = 11;
					level = sample.chinese ? "\u9519\u8bef" : "Error";
					message = "The backup operation failed.\r\n\r\n" + job.problem();
				}
				}
				csv.row(sample.dateTime(end), id, level, message);
			}
			return csv.bytes();
		}

		/**
		 * CBEngineCurr.errlog: TAB-separated pid, tid, MM/DD, time, trace number, source(line), [object], activity
		 * GUID, an empty field, level, message. The message texts are illustrative except the quoted Windows and
		 * agent error texts.
		 */
		private String cbEngineLog(List<Job> jobs) {
			ErrlogWriter log = new ErrlogWriter("0F3C", !sample.noisy);
			Job last = jobs.stream().filter(job -> !job.state().equals("Aborted")).findFirst().orElseThrow();
			String activity = last.id().toUpperCase(Locale.ROOT);
			String zero = "00000000-0000-0000-0000-000000000000";
			LocalDateTime start = last.startLocal().withNano(118_000_000);
			log.line(start.minusSeconds(112), "1A2C", "01", "cbengine.cpp(318)", zero, "NORMAL",
					"Service control: SERVICE_CONTROL_INTERROGATE received");
			log.line(start, "1B80", "18", "jobmanager.cpp(1042)", activity, "NORMAL",
					"Starting scheduled job for policy " + POLICY_NAME);
			log.line(start.plusSeconds(1), "1B80", "18", "proxyhelper.cpp(211)", activity, "NORMAL",
					sample.has(Seed.AGENT_PROXY_AUTHENTICATING)
							? "Using agent proxy http://proxy.contoso.local:8080 with credentials"
							: "No agent proxy configured; using WinINet settings of the service account");
			if (sample.has(Seed.JOB_ANOTHER_IN_PROGRESS)) {
				log.line(start.plusSeconds(2), "21F0", "18", "jobmanager.cpp(655)", zero, "WARNING",
						"Job could not be started as another job was in progress");
			}
			if (sample.has(Seed.ERRLOG_NETWORK_ERRORS)) {
				log.line(start.plusSeconds(3), "1B80", "18", "aadtokenhelper.cpp(402)", activity, "WARNING",
						"Exception in GetAADToken | Params: {Data = }{Message = The remote server returned an error: (407) Proxy Authentication Required.}");
				log.line(start.plusSeconds(24), "1B80", "18", "httpchannel.cpp(877)", activity, "WARNING",
						"Failed: Hr: = [0x80072efd] A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond 20.195.65.12:443");
				log.line(start.plusSeconds(25), "1B80", "18", "jobmanager.cpp(1388)", activity, "WARNING",
						"Job failed with error 230006 (Resource not provisioned in service stamp)");
				return log.text();
			}
			if (sample.has(Seed.ERRLOG_CACHE_ERRORS)) {
				log.line(start.plusSeconds(2), "1B80", "18", "scratchmanager.cpp(512)", activity, "WARNING",
						"Failed: Hr: = [0x80070070] Free space on scratch volume E:\\ is 536870912 bytes, below the required minimum: SalLowDiskSpace");
				log.line(start.plusSeconds(2), "1B80", "18", "kekstore.cpp(145)", activity, "WARNING",
						"Failed: Hr: = [0x80070002] Cannot open " + MOVED_SCRATCH + "\\OnlineBackup.KEK");
				log.line(start.plusSeconds(3), "1B80", "18", "jobmanager.cpp(1388)", activity, "WARNING",
						"Job failed with error 0x1FC07 (130055)");
				return log.text();
			}
			if (sample.noisy) {
				// what healthy agents log when an optional tuning value is absent: no failure
				log.line(start.plusSeconds(1), "1B80", "18", "cbconfig.cpp(287)", activity, "WARNING",
						"Registry value MaxParallelFileReads not present, using default. Hr: = [0x80070002]");
				log.line(start.plusSeconds(1), "1B80", "18", "cbconfig.cpp(287)", activity, "WARNING",
						"Registry value ScratchCleanupThreshold not present, using default. Hr: = [0x80070002]");
			}
			log.line(start.plusSeconds(68), "2C14", "18", "mtffile.cpp(1372)", activity, "WARNING",
					"Failed: Hr: = [0x80070020] BackupRead failed on file(D:\\Shares\\Sales\\~$forecast-2027.xlsx)");
			log.line(last.endLocal().withNano(406_000_000), "1B80", "18",
					"jobmanager.cpp(1410)", activity, "NORMAL", "Job completed: state Completed");
			return log.text();
		}

		private String gatewayLog() {
			ErrlogWriter log = new ErrlogWriter("0E88", !sample.noisy);
			LocalDateTime t = LocalDateTime.of(2026, 11, 20, 15, 2, 44, 118_000_000);
			String zero = "00000000-0000-0000-0000-000000000000";
			log.line(t, "0F04", "02", "gatewayprovider.cpp(233)", zero, "NORMAL", "Heartbeat sent to service");
			log.line(t.plusMinutes(30), "0F04", "02", "gatewayprovider.cpp(233)", zero, "NORMAL",
					"Heartbeat sent to service");
			log.line(t.plusMinutes(31), "1120", "02", "alertsync.cpp(97)", zero, "WARNING",
					"Alert upload deferred: no pending alerts");
			return log.text();
		}

		/**
		 * LastBackupFailedFiles: the header sentence followed by 46 dashes (103 characters), one entry per line and a
		 * trailer of 103 dashes. How the agent writes an error code on an entry line is not published; "path TAB
		 * code" is this sample's assumption. Encoding (UTF-16LE with BOM) is an assumption too.
		 */
		private String failedFiles() {
			List<String> text = new ArrayList<>();
			text.add("Consider adding these to exclusion list of backup policy." + "-".repeat(46));
			if (sample.has(Seed.FAILED_FILES)) {
				String[] folders = { "Finance", "HR", "Sales", "Engineering", "Public" };
				String[] extensions = { "docx", "xlsx", "pdf", "pst", "vhdx", "dwg" };
				Random random = new Random(20261119L);
				for (int i = 0; i < 300; i++) {
					String folder = folders[i % folders.length];
					String subfolder = random.nextBoolean() ? "Current" : "Archive\\" + (2019 + random.nextInt(7));
					String file = String.format("D:\\Shares\\%s\\%s\\%s_%05d.%s", folder, subfolder,
							folder.toLowerCase(Locale.ROOT), random.nextInt(100000),
							extensions[random.nextInt(extensions.length)]);
					String code = i % 3 == 2 ? "0x80070005" : "0x80070002";
					text.add(file + "\t" + code);
				}
			}
			text.add("-".repeat(103));
			return lines(text);
		}

		/**
		 * The XML DataContractSerializer writes for RSBackupVaultAADCreds: UTF-8 without BOM, indented, attributes on
		 * new lines. ManagementCert is a harmless canary, never a key; tools must never show it.
		 */
		private String vaultCredentials() {
			return String.join(CRLF,
					"<?xml version=\"1.0\" encoding=\"utf-8\"?>",
					"<RSBackupVaultAADCreds",
					"  xmlns=\"http://schemas.datacontract.org/2004/07/Microsoft.Azure.Portal.RecoveryServices.Models.Common\"",
					"  xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\">",
					"  <Version>2.0</Version>",
					"  <SubscriptionId>" + SUBSCRIPTION + "</SubscriptionId>",
					"  <ResourceType>Vaults</ResourceType>",
					"  <ResourceName>contoso-vault</ResourceName>",
					"  <ManagementCert>" + CANARY_MANAGEMENT_CERT + "</ManagementCert>",
					"  <ResourceId>5508413624770138216</ResourceId>",
					"  <ResourceGroup>" + RESOURCE_GROUP + "</ResourceGroup>",
					"  <Location>southeastasia</Location>",
					"  <ProviderNamespace>Microsoft.RecoveryServices</ProviderNamespace>",
					"  <AadAuthority>https://login.windows.net</AadAuthority>",
					"  <AadTenantId>72f988bf-0000-4000-8000-2d7cd011db47</AadTenantId>",
					"  <ServicePrincipalClientId>0e2a1f3b-5c4d-4e6f-a7b8-c9d0e1f2a3b4</ServicePrincipalClientId>",
					"  <IdMgmtRestEndpoint>https://management.core.windows.net/</IdMgmtRestEndpoint>",
					"  <AgentLinks>WABUpdateKBLink,http://go.microsoft.com/fwlink/p/?LinkId=229525</AgentLinks>",
					"</RSBackupVaultAADCreds>");
		}

		// ----- tasks/ ------------------------------------------------------------------------------------------

		/**
		 * schtasks /query /xml: UTF-16 with BOM, two-space indentation. With "ONE" the task sits in a Tasks root
		 * after a comment naming it; the registration sample was collected without "ONE" and has a bare Task root.
		 */
		private void writeTasks() {
			boolean one = !sample.has(Seed.SERVER_RENAMED);
			String files = "\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup";
			String systemState = files + "-SystemStateBackup";
			List<String> everyDay = List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
					"Saturday");
			put("tasks/Microsoft-OnlineBackup.xml", schtasks(files, one),
					utf16le(taskXml(files, one, "2025-11-03T22:00:00", everyDay,
							!sample.has(Seed.TASK_TRIGGER_DISABLED), "IgnoreNew", POLICY_NAME)));
			if (sample.systemState()) {
				put("tasks/Microsoft-OnlineBackup-SystemStateBackup.xml", schtasks(systemState, one),
						utf16le(taskXml(systemState, one, "2025-11-09T21:00:00", List.of("Sunday"), true,
								sample.has(Seed.SYSTEM_STATE_TASK_PARALLEL) ? "Parallel" : "IgnoreNew",
								SYSTEM_STATE_POLICY_NAME)));
			}
		}

		private static String schtasks(String task, boolean one) {
			return "schtasks /query /xml" + (one ? " ONE" : "") + " /tn \"" + task + "\"";
		}

		/** The Exec line is illustrative: the real command line of the agent's tasks is not published. */
		private static String taskXml(String uri, boolean wrapped, String start, List<String> days,
				boolean triggerEnabled, String instances, String policy) {
			List<String> task = new ArrayList<>();
			task.add("<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">");
			task.add("  <RegistrationInfo>");
			task.add("    <URI>" + uri + "</URI>");
			task.add("  </RegistrationInfo>");
			task.add("  <Triggers>");
			task.add("    <CalendarTrigger>");
			task.add("      <StartBoundary>" + start + "</StartBoundary>");
			task.add("      <Enabled>" + triggerEnabled + "</Enabled>");
			task.add("      <ScheduleByWeek>");
			task.add("        <DaysOfWeek>");
			for (String day : days) {
				task.add("          <" + day + " />");
			}
			task.add("        </DaysOfWeek>");
			task.add("        <WeeksInterval>1</WeeksInterval>");
			task.add("      </ScheduleByWeek>");
			task.add("    </CalendarTrigger>");
			task.add("  </Triggers>");
			task.add("  <Principals>");
			task.add("    <Principal id=\"Author\">");
			task.add("      <UserId>S-1-5-18</UserId>");
			task.add("      <RunLevel>HighestAvailable</RunLevel>");
			task.add("    </Principal>");
			task.add("  </Principals>");
			task.add("  <Settings>");
			task.add("    <MultipleInstancesPolicy>" + instances + "</MultipleInstancesPolicy>");
			task.add("    <DisallowStartIfOnBatteries>true</DisallowStartIfOnBatteries>");
			task.add("    <StopIfGoingOnBatteries>true</StopIfGoingOnBatteries>");
			task.add("    <AllowHardTerminate>true</AllowHardTerminate>");
			task.add("    <StartWhenAvailable>false</StartWhenAvailable>");
			task.add("    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>");
			task.add("    <IdleSettings>");
			task.add("      <StopOnIdleEnd>true</StopOnIdleEnd>");
			task.add("      <RestartOnIdle>false</RestartOnIdle>");
			task.add("    </IdleSettings>");
			task.add("    <AllowStartOnDemand>true</AllowStartOnDemand>");
			task.add("    <Enabled>true</Enabled>");
			task.add("    <Hidden>false</Hidden>");
			task.add("    <RunOnlyIfIdle>false</RunOnlyIfIdle>");
			task.add("    <WakeToRun>false</WakeToRun>");
			task.add("    <ExecutionTimeLimit>P3D</ExecutionTimeLimit>");
			task.add("    <Priority>7</Priority>");
			task.add("  </Settings>");
			task.add("  <Actions Context=\"Author\">");
			task.add("    <Exec>");
			task.add("      <Command>C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\powershell.exe</Command>");
			task.add("      <Arguments>-NonInteractive -WindowStyle Hidden -Command \"Import-Module MSOnlineBackup; Start-OBBackup -Name '"
					+ policy + "'\"</Arguments>");
			task.add("    </Exec>");
			task.add("  </Actions>");
			task.add("</Task>");
			List<String> document = new ArrayList<>();
			document.add("<?xml version=\"1.0\" encoding=\"UTF-16\"?>");
			if (wrapped) {
				document.add("<Tasks>");
				document.add("  <!-- " + uri + " -->");
				task.forEach(line -> document.add("  " + line));
				document.add("</Tasks>");
			} else {
				document.addAll(task);
			}
			return lines(document);
		}

		// ----- manifest.json -----------------------------------------------------------------------------------

		/** Written by the collector itself: UTF-8 without BOM. */
		private void writeManifest() throws IOException {
			StringBuilder json = new StringBuilder();
			json.append("{").append(CRLF);
			json.append("  \"format\": \"marsbundle/1\",").append(CRLF);
			json.append("  \"collector\": {\"name\": \"marswb-collect\", \"version\": \"1.0.0\"},").append(CRLF);
			json.append("  \"host\": \"").append(sample.host).append("\",").append(CRLF);
			json.append("  \"collectedAtUtc\": \"").append(COLLECTED_UTC).append("\",").append(CRLF);
			json.append("  \"collectedAtLocal\": \"")
					.append(LocalDateTime.ofInstant(COLLECTED_UTC, sample.offset()).atOffset(sample.offset())).append("\",")
					.append(CRLF);
			json.append("  \"items\": [").append(CRLF);
			for (int i = 0; i < manifestItems.size(); i++) {
				Map<String, Object> item = manifestItems.get(i);
				json.append("    {");
				boolean first = true;
				for (Map.Entry<String, Object> field : item.entrySet()) {
					json.append(first ? "" : ", ").append('"').append(field.getKey()).append("\": ");
					Object value = field.getValue();
					json.append(value instanceof String text ? jsonString(text) : value.toString());
					first = false;
				}
				json.append(i == manifestItems.size() - 1 ? "}" : "},").append(CRLF);
			}
			json.append("  ]").append(CRLF);
			json.append("}").append(CRLF);
			Files.writeString(folder.resolve("manifest.json"), json, StandardCharsets.UTF_8);
		}

		private static String jsonString(String text) {
			return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
		}
	}

	/** Lines of a CBEngine/GatewayProvider errlog; the year is not written, as in the real logs. */
	static final class ErrlogWriter {
		private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd");
		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
		private final String processId;
		private final List<String> lines = new ArrayList<>();
		private long objectAddress = 0x000001D2A4C3F010L;
		/** The agent also writes lines without the empty column between the activity GUID and the level. */
		private final boolean emptyColumn;

		ErrlogWriter(String processId, boolean emptyColumn) {
			this.processId = processId;
			this.emptyColumn = emptyColumn;
		}

		void line(LocalDateTime time, String threadId, String traceNumber, String source, String activity,
				String level, String message) {
			objectAddress += 0x2E0;
			List<String> fields = new ArrayList<>(List.of(processId, threadId, DAY.format(time), TIME.format(time),
					traceNumber, source, String.format("[%016X]", objectAddress), activity));
			if (emptyColumn) {
				fields.add("");
			}
			fields.add(level);
			fields.add(message);
			lines.add(String.join("\t", fields));
		}

		String text() {
			return lines(lines);
		}
	}
}
