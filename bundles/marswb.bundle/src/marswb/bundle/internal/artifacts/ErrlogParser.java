package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import marswb.bundle.internal.format.ErrlogClock;
import marswb.bundle.internal.format.LogSignatures;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.bundle.spi.TextLines;
import marswb.model.server.LogFile;
import marswb.model.server.LogHit;
import marswb.model.server.LogSummary;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads an agent errlog ({@code CBEngineCurr.errlog}, {@code GatewayProvider*.errlog}) as a stream, keeping only
 * counts: lines per severity, the time span, and the known error signatures, merged with those of the other errlogs.
 * Layout (TAB-separated): pid, tid, MM/DD, time, component, file(line), [object], activity id, (empty), level,
 * message.
 */
public final class ErrlogParser implements ArtifactParser {

	private static final int FIELDS = 11;
	private static final int MAX_FIRST_TEXT = 500;
	/** Bounds memory on hostile input: a real log has a few dozen distinct signatures. */
	private static final int MAX_SIGNATURES_PER_FILE = 1_000;
	private static final Set<String> ERROR_LEVELS = Set.of("ERROR", "FATAL", "CRITICAL");
	/** Levels of lines that report nothing wrong; any other level (or none) lets "443" count as a failure. */
	private static final Set<String> QUIET_LEVELS = Set.of("", "NORMAL", "INFO", "VERBOSE");

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws IOException {
		ErrlogClock clock = new ErrlogClock(context.collectedAtUtc().orElse(null),
				context.collectionOffset().orElse(null));
		if (!clock.knowsYear()) {
			context.problem("the manifest gives no collection time, so the year of the log lines is unknown;"
					+ " their dates are left empty");
		}
		LogFile file = ServerFactory.eINSTANCE.createLogFile();
		context.set(file, Literals.LOG_FILE__ARTIFACT, input.path(), 0, input.path());
		FileCounts counts = new FileCounts();
		Map<String, Occurrences> hits = new LinkedHashMap<>();
		boolean signaturesCapped = false;
		try (TextLines lines = input.openLines()) {
			Line line;
			while ((line = lines.next()) != null) {
				counts.lines++;
				String text = line.text();
				if (text.isBlank()) {
					continue;
				}
				Fields fields = Fields.of(text);
				Optional<ErrlogClock.Stamp> stamp = fields == null ? Optional.empty() : clock.time(fields.day, fields.time);
				if (stamp.isEmpty() || line.truncated()) {
					counts.malformed++;
				}
				String level = stamp.isPresent() ? fields.level.strip().toUpperCase(Locale.ROOT) : "";
				if (level.equals("WARNING")) {
					counts.warnings++;
				} else if (ERROR_LEVELS.contains(level)) {
					counts.errors++;
				}
				Date time = stamp.map(ErrlogClock.Stamp::date).orElse(null);
				Fields timeRaw = stamp.isPresent() ? fields : null;
				counts.dated(time, line.number(), timeRaw);
				// a line without the layout (e.g. a continued message) is still searched, as a whole
				String message = stamp.isPresent() ? fields.message : text;
				for (LogSignatures.Hit hit : LogSignatures.find(message, !QUIET_LEVELS.contains(level))) {
					Occurrences occurrences = hits.get(hit.signature());
					if (occurrences == null) {
						if (hits.size() >= MAX_SIGNATURES_PER_FILE) {
							signaturesCapped = true;
							continue;
						}
						occurrences = new Occurrences(hit.signature(), line.number(), hit.raw(), cut(message), time,
								timeRaw == null ? null : timeRaw.dateRaw());
						hits.put(hit.signature(), occurrences);
					}
					occurrences.seen(line.number(), time, timeRaw);
				}
			}
			if (lines.malformedInputs() > 0) {
				context.problem(lines.malformedInputs() + " bytes could not be decoded as " + lines.encoding());
			}
		}
		if (signaturesCapped) {
			context.problem("more than " + MAX_SIGNATURES_PER_FILE + " distinct error signatures; the rest are not"
					+ " counted");
		}
		if (counts.malformed > 0) {
			context.problem(counts.malformed + " lines are not in the errlog layout or were too long");
		}
		counts.writeTo(file, context);
		LogSummary summary = ModelParts.part(context.server(), Literals.SERVER__LOGS);
		summary.getFiles().add(file);
		hits.values().forEach(occurrences -> occurrences.mergeInto(summary, context));
	}

	private static String cut(String message) {
		String text = message.strip();
		return text.length() <= MAX_FIRST_TEXT ? text : text.substring(0, MAX_FIRST_TEXT);
	}

	/**
	 * The fields of one line that are read: date, time, level and message. Found by their TABs rather than by
	 * splitting every field, and the date's raw text is only put together for the lines that end up in the model.
	 */
	private record Fields(String day, String time, String level, String message) {

		/** The fields of a line in the errlog layout, or null when it has fewer than 11 fields. */
		static Fields of(String text) {
			int[] tabs = new int[FIELDS - 1];
			int from = 0;
			for (int i = 0; i < tabs.length; i++) {
				int tab = text.indexOf('\t', from);
				if (tab < 0) {
					return null;
				}
				tabs[i] = tab;
				from = tab + 1;
			}
			return new Fields(text.substring(tabs[1] + 1, tabs[2]), text.substring(tabs[2] + 1, tabs[3]),
					text.substring(tabs[8] + 1, tabs[9]), text.substring(tabs[9] + 1));
		}

		/** Date and time as they stand on the line, for provenance. */
		String dateRaw() {
			return day + "\t" + time;
		}
	}

	/** What is counted of one file while it streams past; the model is written once at the end. */
	private static final class FileCounts {
		long lines;
		long warnings;
		long errors;
		long malformed;
		private Date first;
		private int firstLine;
		private Fields firstRaw;
		private Date last;
		private int lastLine;
		private Fields lastRaw;

		void dated(Date time, int line, Fields raw) {
			if (time == null) {
				return;
			}
			if (first == null) {
				first = time;
				firstLine = line;
				firstRaw = raw;
			}
			last = time;
			lastLine = line;
			lastRaw = raw;
		}

		void writeTo(LogFile file, ParseContext context) {
			// counts span the whole file and have no single origin
			file.setLines(lines);
			file.setWarnings(warnings);
			file.setErrors(errors);
			file.setMalformedLines(malformed);
			if (first != null) {
				context.set(file, Literals.LOG_FILE__FIRST_TIMESTAMP, first, firstLine, firstRaw.dateRaw());
				context.set(file, Literals.LOG_FILE__LAST_TIMESTAMP, last, lastLine, lastRaw.dateRaw());
			}
		}
	}

	/** The occurrences of one signature in one file. */
	private static final class Occurrences {
		private final String signature;
		private final int firstLine;
		private final String firstRaw;
		private final String firstText;
		private final Date firstTime;
		private final String firstTimeRaw;
		private long count;
		private Date lastTime;
		private int lastTimeLine;
		private Fields lastTimeRaw;

		Occurrences(String signature, int firstLine, String firstRaw, String firstText, Date firstTime,
				String firstTimeRaw) {
			this.signature = signature;
			this.firstLine = firstLine;
			this.firstRaw = firstRaw;
			this.firstText = firstText;
			this.firstTime = firstTime;
			this.firstTimeRaw = firstTimeRaw;
		}

		void seen(int line, Date time, Fields timeRaw) {
			count++;
			if (time != null) {
				lastTime = time;
				lastTimeLine = line;
				lastTimeRaw = timeRaw;
			}
		}

		/**
		 * Adds this file's occurrences to the hit of the same signature from the errlogs read before; the first
		 * occurrence is the earliest in time, whichever file it is in.
		 */
		void mergeInto(LogSummary summary, ParseContext context) {
			LogHit hit = summary.getHits().stream().filter(h -> signature.equals(h.getSignature())).findFirst()
					.orElse(null);
			if (hit == null) {
				hit = ServerFactory.eINSTANCE.createLogHit();
				summary.getHits().add(hit);
				setFirst(hit, context);
			} else if (firstTime != null && (hit.getFirstTime() == null || firstTime.before(hit.getFirstTime()))) {
				hit.getOrigins().removeIf(o -> o.getFeature().isEmpty()
						|| o.getFeature().equals(Literals.LOG_HIT__FIRST_TIME.getName()));
				setFirst(hit, context);
			}
			// a count spans many lines and has no single origin
			hit.setCount(hit.getCount() + count);
			if (lastTime != null && (hit.getLastTime() == null || lastTime.after(hit.getLastTime()))) {
				context.set(hit, Literals.LOG_HIT__LAST_TIME, lastTime, lastTimeLine, lastTimeRaw.dateRaw());
			}
		}

		private void setFirst(LogHit hit, ParseContext context) {
			context.located(hit, firstLine, firstRaw);
			context.set(hit, Literals.LOG_HIT__SIGNATURE, signature, firstLine, firstRaw);
			context.set(hit, Literals.LOG_HIT__FIRST_TEXT, firstText, firstLine, firstText);
			if (firstTime != null) {
				context.set(hit, Literals.LOG_HIT__FIRST_TIME, firstTime, firstLine, firstTimeRaw);
			}
		}
	}
}
