package marswb.bundle.internal.recognize;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.bundle.internal.zip.InputFile;
import marswb.model.provenance.ArtifactPaths;

/**
 * The manifest of input that came without one. The collection time is the newest time of the files read (an
 * archive's entry times or the file system's): the collector ran after the last file was written. Log lines carry
 * month and day without a year, so they cannot set it, only move it later within the file times' year. The host name comes from systeminfo, a registry export of the
 * ComputerName key, or the agent's certificate ({@code CN=CB_<host>...}). Both are listed under {@code inferred}.
 */
final class InferredManifest {

	static final String COLLECTOR = "marswb import";

	private static final Pattern SYSTEMINFO_HOST = Pattern.compile("\\A[^\\r\\n]*\\r?\\n\\s*\"([^\"]+)\"");
	private static final Pattern REG_COMPUTER_NAME = Pattern.compile(
			"(?i)\\[HKEY_LOCAL_MACHINE\\\\SYSTEM\\\\CurrentControlSet\\\\Control\\\\ComputerName\\\\ComputerName\\]\\s*"
					+ "(?:\"[^\"\\r\\n]*\"=[^\\r\\n]*\\s*)*?\"ComputerName\"=\"([^\"]+)\"");
	private static final String ERRLOGS = "agent/logs/*.errlog";
	private static final Pattern ERRLOG_TIME = Pattern.compile(
			"(?m)^[0-9A-Fa-f]{1,8}\t[0-9A-Fa-f]{1,8}\t(\\d\\d)/(\\d\\d)\t(\\d\\d):(\\d\\d):(\\d\\d)");
	private static final int MAX_OFFSET_HOURS = 14;
	/** A line dated more than this after the file times is more likely last year's than proof they are stale. */
	private static final int MAX_LATER_DAYS = 31;
	private static final Pattern CERTIFICATE_HOST = Pattern.compile("\"CN=CB_([^.\",]+)\\._[0-9A-Fa-f]+\"");

	private final ObjectNode json;
	private final List<String> reasons = new ArrayList<>();

	private InferredManifest(ObjectNode json) {
		this.json = json;
	}

	static InferredManifest of(Map<String, InputFile> byPath) {
		ObjectMapper mapper = new ObjectMapper();
		InferredManifest manifest = new InferredManifest(mapper.createObjectNode());
		ObjectNode root = manifest.json;
		root.put("format", "marsbundle/1");
		ObjectNode collector = root.putObject("collector");
		collector.put("name", COLLECTOR);
		collector.put("version", version());
		List<String> inferred = new ArrayList<>();
		manifest.host(byPath).ifPresent(host -> {
			root.put("host", host);
			inferred.add("host");
		});
		InputFile newest = byPath.values().stream().filter(f -> f.modified() > 0)
				.max(Comparator.comparingLong(InputFile::modified)).orElse(null);
		if (newest != null) {
			Instant collected = Instant.ofEpochMilli(newest.modified());
			manifest.reasons.add("collection time from the newest file time (" + newest.name() + ")");
			collected = manifest.refinedByLogs(byPath, collected);
			root.put("collectedAtUtc", collected.toString());
			inferred.add("collectedAtUtc");
		} else {
			manifest.reasons.add("no file time: collection time unknown");
		}
		inferred.forEach(root.putArray("inferred")::add);
		return manifest;
	}

	/**
	 * Log lines are written before the collection, so the newest one is a lower bound of its time. A line has a
	 * month and day but no year, and the server's local time with an unknown offset: it counts in the year of the
	 * file times, less the largest UTC offset (14 hours), and only up to a month after them and before now (a line
	 * dated later is taken for last year's). Only the lines in the first bytes of each log are seen (a small log's
	 * all, a large one's oldest).
	 */
	private Instant refinedByLogs(Map<String, InputFile> byPath, Instant collected) {
		LocalDateTime base = LocalDateTime.ofInstant(collected, ZoneOffset.UTC);
		Instant refined = collected;
		String from = null;
		for (Map.Entry<String, InputFile> entry : byPath.entrySet()) {
			if (!ArtifactPaths.matches(ERRLOGS, entry.getKey())) {
				continue;
			}
			Matcher line = ERRLOG_TIME.matcher(new InputSample(entry.getValue()).text());
			while (line.find()) {
				try {
					LocalDateTime local = LocalDateTime.of(base.getYear(), Integer.parseInt(line.group(1)),
							Integer.parseInt(line.group(2)), Integer.parseInt(line.group(3)),
							Integer.parseInt(line.group(4)), Integer.parseInt(line.group(5)));
					Instant earliest = local.minusHours(MAX_OFFSET_HOURS).toInstant(ZoneOffset.UTC);
					if (!local.isAfter(base.plusDays(MAX_LATER_DAYS)) && earliest.isAfter(refined)
							&& earliest.isBefore(Instant.now())) {
						refined = earliest;
						from = entry.getValue().name() + " " + line.group(1) + "/" + line.group(2) + " "
								+ line.group(3) + ":" + line.group(4) + ":" + line.group(5);
					}
				} catch (DateTimeException e) {
					// 02/30 and the like: not a time
				}
			}
		}
		if (from != null) {
			reasons.add("later than a log line of " + from + ", less 14 hours for the unknown UTC offset");
		}
		return refined;
	}

	private Optional<String> host(Map<String, InputFile> byPath) {
		String found = first(byPath.get("system/systeminfo.csv"), SYSTEMINFO_HOST);
		String from = "system/systeminfo.csv";
		if (found == null) {
			from = "a ComputerName registry export";
			for (InputFile file : byPath.values()) {
				found = found != null ? found : first(file, REG_COMPUTER_NAME);
			}
		}
		if (found == null) {
			from = "the agent's certificate in system/certificates.csv";
			found = first(byPath.get("system/certificates.csv"), CERTIFICATE_HOST);
		}
		if (found != null) {
			reasons.add("host " + found + " from " + from);
		} else {
			reasons.add("host unknown");
		}
		return Optional.ofNullable(found);
	}

	private static String first(InputFile file, Pattern pattern) {
		if (file == null) {
			return null;
		}
		Matcher matcher = pattern.matcher(new InputSample(file).text());
		return matcher.find() ? matcher.group(1).strip() : null;
	}

	private static String version() {
		Bundle bundle = FrameworkUtil.getBundle(InferredManifest.class);
		return bundle == null ? "unknown" : bundle.getVersion().toString();
	}

	/** The manifest as written into the bundle. */
	String json() {
		return json.toPrettyString();
	}

	/** What the read status says of it. */
	String reason() {
		return "made from the input, inferred: " + String.join("; ", reasons);
	}
}
