package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import marswb.bundle.internal.format.ErrlogClock;
import marswb.bundle.internal.format.LogSignatures;
import marswb.bundle.internal.text.ByteLines;
import marswb.bundle.internal.text.CharRanges;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.LogFile;
import marswb.model.server.LogHit;
import marswb.model.server.LogSummary;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads an agent errlog ({@code CBEngineCurr.errlog}, {@code GatewayProvider*.errlog}) as a stream, keeping only
 * counts: lines per level, the time span, lines in no known layout, and the known error signatures (those on lines
 * that report no failure apart), merged with those of the other errlogs.
 * <p>
 * The fields are TAB-separated and found by what they are, since the agent's layouts differ in their columns (pid,
 * tid, MM/DD, time, thread, file(line), [object] possibly empty, activity id, an empty column or none, level,
 * message): the date is the first of the leading fields with a {@code /}, the time the field after it, the level the
 * first field after the time that is one of the agent's level words, and the message the rest of the line.
 */
public final class ErrlogParser implements ScanningParser<ErrlogParser.Scan> {

	/** Fields before the date: pid and tid, and room for one more. */
	private static final int MAX_FIELDS_BEFORE_DATE = 3;
	/** Fields between the time and the level: thread, file(line), object, activity id, empty, and room for more. */
	private static final int MAX_FIELDS_BEFORE_LEVEL = 8;
	/** INFO to CRITICAL, with room for a space either side. */
	private static final int MIN_LEVEL_FIELD = 4;
	private static final int MAX_LEVEL_FIELD = 10;
	private static final int MAX_FIRST_TEXT = 500;
	/** Bounds memory on hostile input: a real log has a few dozen distinct signatures. */
	private static final int MAX_SIGNATURES_PER_FILE = 1_000;
	/** No date: the line is not in the layout, or the year is unknown. */
	private static final long NO_TIME = Long.MIN_VALUE;

	/** The counts and signatures of one errlog, taken a line at a time. */
	static final class Scan extends ScanningParser.LineScan implements LogSignatures.Sink {
		private final FileCounts counts = new FileCounts();
		private final Map<String, Occurrences> hits = new LinkedHashMap<>();
		/** Signatures on lines that report no failure: counted, never evidence. */
		private final Map<String, Occurrences> ignored = new LinkedHashMap<>();
		private final LogSignatures signatures = new LogSignatures();
		private final ErrlogClock clock;
		private boolean signaturesCapped;
		/** The first line cut at the line limit (0: none), and how much of it was kept. */
		private int firstCut;
		private int firstCutKept;
		/** The line being searched for signatures, and what is known of it, for {@link #found}. */
		private ByteLines.Line line;
		/** Where the fields of the line stand, as {@link #layout} found them. */
		private int dateStart;
		private int timeStart;
		private int timeEnd;
		private int messageStart;
		private Level level;
		private long millis;

		Scan(ErrlogClock clock) {
			this.clock = clock;
		}

		@Override
		void line(ByteLines.Line current) {
			counts.lines++;
			if (CharRanges.isBlank(current)) {
				return;
			}
			long stamp = layout(current) ? clock.millis(current, dateStart, timeStart - 1, timeStart, timeEnd)
					: ErrlogClock.MALFORMED;
			boolean laidOut = stamp != ErrlogClock.MALFORMED;
			if (!laidOut) {
				// a line in no known layout (e.g. a continued message) is still searched, as a whole
				counts.malformed++;
				level = Level.NONE;
				messageStart = 0;
			} else if (current.truncated()) {
				counts.malformed++;
			}
			if (current.truncated() && firstCut == 0) {
				firstCut = current.number();
				firstCutKept = current.length();
			}
			counts.count(level);
			millis = laidOut && stamp != ErrlogClock.YEAR_UNKNOWN ? stamp : NO_TIME;
			if (millis != NO_TIME) {
				counts.dated(millis, current, dateStart, timeEnd);
			}
			line = current;
			signatures.find(current.array(), messageStart, current.length(), level.error, this);
		}

		/**
		 * Finds the date, time, level and message of a line by what they are; false when one is missing. Fields are
		 * TAB-separated; the line is walked once, and only as far as its level. Only a field as long as a level word
		 * is compared with the level words, so the other fields cost one TAB search each.
		 */
		private boolean layout(ByteLines.Line current) {
			char[] text = current.array();
			int length = current.length();
			int fieldStart = 0;
			int tab = tab(text, 0, length);
			for (int fields = 0; !isDate(text, fieldStart, tab); fields++) {
				if (tab == length || fields == MAX_FIELDS_BEFORE_DATE) {
					return false;
				}
				fieldStart = tab + 1;
				tab = tab(text, fieldStart, length);
			}
			if (tab == length) {
				return false;
			}
			dateStart = fieldStart;
			timeStart = tab + 1;
			timeEnd = tab(text, timeStart, length);
			tab = timeEnd;
			for (int fields = 0; tab < length && fields <= MAX_FIELDS_BEFORE_LEVEL; fields++) {
				fieldStart = tab + 1;
				tab = tab(text, fieldStart, length);
				int size = tab - fieldStart;
				if (size >= MIN_LEVEL_FIELD && size <= MAX_LEVEL_FIELD) {
					Level found = Level.of(current, fieldStart, tab);
					if (found != Level.NONE) {
						level = found;
						messageStart = Math.min(tab + 1, length);
						return true;
					}
				}
			}
			return false;
		}

		/** The first TAB at or after {@code from}, or {@code length}. */
		private static int tab(char[] text, int from, int length) {
			int i = from;
			while (i < length && text[i] != '\t') {
				i++;
			}
			return i;
		}

		/** A short field with a slash: the only place a date can be (the clock says whether it is one). */
		private static boolean isDate(char[] text, int start, int end) {
			if (end - start < 3 || end - start > 7) {
				return false;
			}
			for (int i = start; i < end; i++) {
				if (text[i] == '/') {
					return true;
				}
			}
			return false;
		}

		@Override
		public void found(String signature, char[] text, int rawStart, int rawEnd, boolean evidence) {
			Map<String, Occurrences> kept = evidence ? hits : ignored;
			Occurrences occurrences = kept.get(signature);
			if (occurrences == null) {
				if (kept.size() >= MAX_SIGNATURES_PER_FILE) {
					signaturesCapped = true;
					return;
				}
				boolean dated = millis != NO_TIME;
				occurrences = new Occurrences(signature, line.number(), new String(text, rawStart, rawEnd - rawStart),
						cut(line.subSequence(messageStart, line.length())), dated ? new Date(millis) : null,
						dated ? line.subSequence(dateStart, timeEnd) : null);
				kept.put(signature, occurrences);
			}
			occurrences.seen(millis, line, dateStart, timeEnd);
		}

		@Override
		void end(ByteLines lines) {
			if (lines.malformedInputs() > 0) {
				problem(lines.malformedInputs() + " bytes could not be decoded as " + lines.encoding());
			}
			if (signaturesCapped) {
				problem("more than " + MAX_SIGNATURES_PER_FILE + " distinct error signatures; the rest are not"
						+ " counted");
			}
			if (counts.malformed > 0) {
				problem(counts.malformed + " lines fit no known errlog layout (MM/DD date, time, level word) or were"
						+ " too long"
						+ (firstCut > 0 ? "; " + ConsoleOutput.cutLine(firstCut, firstCutKept) : ""));
			}
		}
	}

	@Override
	public Scan scan(ArtifactInput input, CollectionTime time) throws IOException {
		return LineScan.read(input, new Scan(new ErrlogClock(time.utc(), time.offset())));
	}

	@Override
	public void apply(Scan scan, ArtifactInput input, ParseContext context) {
		if (context.collectedAtUtc().isEmpty()) {
			context.problem("the manifest gives no collection time, so the year of the log lines is unknown;"
					+ " their dates are left empty");
		}
		scan.problems.forEach(context::problem);
		LogFile file = ServerFactory.eINSTANCE.createLogFile();
		context.set(file, Literals.LOG_FILE__ARTIFACT, input.path(), 0, input.path());
		scan.counts.writeTo(file, context);
		LogSummary summary = ModelParts.part(context.server(), Literals.SERVER__LOGS);
		summary.getFiles().add(file);
		scan.hits.values().forEach(occurrences -> occurrences.mergeInto(summary.getHits(), context));
		scan.ignored.values().forEach(occurrences -> occurrences.mergeInto(summary.getIgnoredHits(), context));
	}

	private static String cut(String message) {
		String text = message.strip();
		return text.length() <= MAX_FIRST_TEXT ? text : text.substring(0, MAX_FIRST_TEXT);
	}

	/**
	 * The date and time as a line wrote them, kept from a line that the next one replaces. Copied from every dated
	 * line, so it is a plain array copy; the String is made once, at the end.
	 */
	private static final class DateRaw {
		private char[] chars = new char[32];
		private int length;

		void keep(ByteLines.Line line, int start, int end) {
			length = end - start;
			if (chars.length < length) {
				chars = new char[length];
			}
			System.arraycopy(line.array(), start, chars, 0, length);
		}

		@Override
		public String toString() {
			return new String(chars, 0, length);
		}
	}

	/** The level field, read in place and without case. */
	private enum Level {
		/** Not a level word: the field is another one, or the line is in no known layout. */
		NONE(false), QUIET(false), WARNING(false), ERROR(true), FATAL(true);

		/** ERROR and FATAL lines report a failure whatever their words, so every error code on them is evidence. */
		final boolean error;

		Level(boolean error) {
			this.error = error;
		}

		static Level of(CharSequence line, int fieldStart, int fieldEnd) {
			int start = CharRanges.stripStart(line, fieldStart, fieldEnd);
			int end = CharRanges.stripEnd(line, start, fieldEnd);
			// the name's length picks the one name it can be; one comparison follows
			String name = switch (end - start) {
			case 4 -> "INFO";
			case 5 -> line.charAt(start) == 'E' || line.charAt(start) == 'e' ? "ERROR" : "FATAL";
			case 6 -> "NORMAL";
			case 7 -> line.charAt(start) == 'W' || line.charAt(start) == 'w' ? "WARNING" : "VERBOSE";
			case 8 -> "CRITICAL";
			default -> null;
			};
			if (name == null || !equalsIgnoringCase(line, start, name)) {
				return NONE;
			}
			return switch (name) {
			case "WARNING" -> WARNING;
			case "ERROR" -> ERROR;
			case "FATAL", "CRITICAL" -> FATAL;
			default -> QUIET;
			};
		}

		private static boolean equalsIgnoringCase(CharSequence line, int start, String upperCaseName) {
			for (int i = 0; i < upperCaseName.length(); i++) {
				char c = line.charAt(start + i);
				if (c != upperCaseName.charAt(i) && Character.toUpperCase(c) != upperCaseName.charAt(i)) {
					return false;
				}
			}
			return true;
		}
	}

	/** What is counted of one file while it streams past; the model is written once at the end. */
	private static final class FileCounts {
		long lines;
		long normals;
		long warnings;
		long errors;
		long fatals;
		long malformed;
		private long first = NO_TIME;
		private int firstLine;
		private String firstRaw;
		private long last = NO_TIME;
		private int lastLine;
		/** Copied from each dated line: the line itself is gone once the next one is read. */
		private final DateRaw lastRaw = new DateRaw();

		void count(Level level) {
			switch (level) {
			case QUIET -> normals++;
			case WARNING -> warnings++;
			case ERROR -> errors++;
			case FATAL -> {
				errors++;
				fatals++;
			}
			default -> {
				// a line in no known layout has no level; it is counted as malformed
			}
			}
		}

		void dated(long millis, ByteLines.Line line, int dateStart, int timeEnd) {
			if (first == NO_TIME) {
				first = millis;
				firstLine = line.number();
				firstRaw = line.subSequence(dateStart, timeEnd);
			}
			last = millis;
			lastLine = line.number();
			lastRaw.keep(line, dateStart, timeEnd);
		}

		void writeTo(LogFile file, ParseContext context) {
			// counts span the whole file and have no single origin
			file.setLines(lines);
			file.setNormals(normals);
			file.setWarnings(warnings);
			file.setErrors(errors);
			file.setFatals(fatals);
			file.setMalformedLines(malformed);
			if (first != NO_TIME) {
				context.set(file, Literals.LOG_FILE__FIRST_TIMESTAMP, new Date(first), firstLine, firstRaw);
				context.set(file, Literals.LOG_FILE__LAST_TIMESTAMP, new Date(last), lastLine, lastRaw.toString());
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
		private long lastTime = NO_TIME;
		private int lastTimeLine;
		private final DateRaw lastTimeRaw = new DateRaw();

		Occurrences(String signature, int firstLine, String firstRaw, String firstText, Date firstTime,
				String firstTimeRaw) {
			this.signature = signature;
			this.firstLine = firstLine;
			this.firstRaw = firstRaw;
			this.firstText = firstText;
			this.firstTime = firstTime;
			this.firstTimeRaw = firstTimeRaw;
		}

		void seen(long millis, ByteLines.Line line, int dateStart, int timeEnd) {
			count++;
			if (millis != NO_TIME) {
				lastTime = millis;
				lastTimeLine = line.number();
				lastTimeRaw.keep(line, dateStart, timeEnd);
			}
		}

		/**
		 * Adds this file's occurrences to the hit of the same signature from the errlogs read before; the first
		 * occurrence is the earliest in time, whichever file it is in.
		 */
		void mergeInto(List<LogHit> kept, ParseContext context) {
			LogHit hit = kept.stream().filter(h -> signature.equals(h.getSignature())).findFirst().orElse(null);
			if (hit == null) {
				hit = ServerFactory.eINSTANCE.createLogHit();
				kept.add(hit);
				setFirst(hit, context);
			} else if (firstTime != null && (hit.getFirstTime() == null || firstTime.before(hit.getFirstTime()))) {
				hit.getOrigins().removeIf(o -> o.getFeature().isEmpty()
						|| o.getFeature().equals(Literals.LOG_HIT__FIRST_TIME.getName()));
				setFirst(hit, context);
			}
			// a count spans many lines and has no single origin
			hit.setCount(hit.getCount() + count);
			if (lastTime != NO_TIME && (hit.getLastTime() == null || lastTime > hit.getLastTime().getTime())) {
				context.set(hit, Literals.LOG_HIT__LAST_TIME, new Date(lastTime), lastTimeLine,
						lastTimeRaw.toString());
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
