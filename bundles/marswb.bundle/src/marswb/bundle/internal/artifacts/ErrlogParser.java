package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.Date;
import java.util.LinkedHashMap;
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
 * counts: lines per severity, the time span, and the known error signatures, merged with those of the other errlogs.
 * Layout (TAB-separated): pid, tid, MM/DD, time, component, file(line), [object], activity id, (empty), level,
 * message.
 */
public final class ErrlogParser implements ScanningParser<ErrlogParser.Scan> {

	private static final int FIELDS = 11;
	private static final int MAX_FIRST_TEXT = 500;
	/** Bounds memory on hostile input: a real log has a few dozen distinct signatures. */
	private static final int MAX_SIGNATURES_PER_FILE = 1_000;
	/** No date: the line is not in the layout, or the year is unknown. */
	private static final long NO_TIME = Long.MIN_VALUE;

	/** The counts and signatures of one errlog, taken a line at a time. */
	static final class Scan extends ScanningParser.LineScan implements LogSignatures.Sink {
		private final FileCounts counts = new FileCounts();
		private final Map<String, Occurrences> hits = new LinkedHashMap<>();
		private final LogSignatures signatures = new LogSignatures();
		private final ErrlogClock clock;
		private final int[] tabs = new int[FIELDS - 1];
		private boolean signaturesCapped;
		/** The first line cut at the line limit (0: none), and how much of it was kept. */
		private int firstCut;
		private int firstCutKept;
		/** The line being searched for signatures, and what is known of it, for {@link #found}. */
		private ByteLines.Line line;
		private int messageStart;
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
			boolean laidOut = findTabs(current, tabs);
			long stamp = laidOut ? clock.millis(current, tabs[1] + 1, tabs[2], tabs[2] + 1, tabs[3])
					: ErrlogClock.MALFORMED;
			boolean stamped = stamp != ErrlogClock.MALFORMED;
			if (!stamped || current.truncated()) {
				counts.malformed++;
			}
			if (current.truncated() && firstCut == 0) {
				firstCut = current.number();
				firstCutKept = current.length();
			}
			Level level = stamped ? Level.of(current, tabs[8] + 1, tabs[9]) : Level.NONE;
			if (level == Level.WARNING) {
				counts.warnings++;
			} else if (level == Level.ERROR) {
				counts.errors++;
			}
			millis = stamped && stamp != ErrlogClock.YEAR_UNKNOWN ? stamp : NO_TIME;
			if (millis != NO_TIME) {
				counts.dated(millis, current, tabs);
			}
			// a line without the layout (e.g. a continued message) is still searched, as a whole
			messageStart = stamped ? tabs[9] + 1 : 0;
			line = current;
			signatures.find(current.array(), messageStart, current.length(), level.reportsFailure, this);
		}

		@Override
		public void found(String signature, char[] text, int rawStart, int rawEnd) {
			Occurrences occurrences = hits.get(signature);
			if (occurrences == null) {
				if (hits.size() >= MAX_SIGNATURES_PER_FILE) {
					signaturesCapped = true;
					return;
				}
				boolean dated = millis != NO_TIME;
				occurrences = new Occurrences(signature, line.number(), new String(text, rawStart, rawEnd - rawStart),
						cut(line.subSequence(messageStart, line.length())), dated ? new Date(millis) : null,
						dated ? dateRaw(line, tabs) : null);
				hits.put(signature, occurrences);
			}
			occurrences.seen(millis, line, tabs);
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
				problem(counts.malformed + " lines are not in the errlog layout or were too long"
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
		scan.hits.values().forEach(occurrences -> occurrences.mergeInto(summary, context));
	}

	private static String cut(String message) {
		String text = message.strip();
		return text.length() <= MAX_FIRST_TEXT ? text : text.substring(0, MAX_FIRST_TEXT);
	}

	/** Finds the first ten TABs; false when the line has fewer, i.e. is not in the errlog layout. */
	private static boolean findTabs(ByteLines.Line line, int[] tabs) {
		char[] text = line.array();
		int found = 0;
		for (int i = 0, length = line.length(); i < length; i++) {
			if (text[i] == '\t') {
				tabs[found++] = i;
				if (found == tabs.length) {
					return true;
				}
			}
		}
		return false;
	}

	/** Date and time as they stand on the line, for provenance. */
	private static String dateRaw(CharSequence line, int[] tabs) {
		return line.subSequence(tabs[1] + 1, tabs[3]).toString();
	}

	/**
	 * The date and time as a line wrote them, kept from a line that the next one replaces. Copied from every dated
	 * line, so it is a plain array copy; the String is made once, at the end.
	 */
	private static final class DateRaw {
		private char[] chars = new char[32];
		private int length;

		void keep(ByteLines.Line line, int[] tabs) {
			int start = tabs[1] + 1;
			length = tabs[3] - start;
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
		NONE(false), QUIET(false), WARNING(true), ERROR(true), OTHER(true);

		/** Levels of lines that report nothing wrong do not let "443" count as a failure; any other level does. */
		final boolean reportsFailure;

		Level(boolean reportsFailure) {
			this.reportsFailure = reportsFailure;
		}

		static Level of(CharSequence line, int fieldStart, int fieldEnd) {
			int start = CharRanges.stripStart(line, fieldStart, fieldEnd);
			int end = CharRanges.stripEnd(line, start, fieldEnd);
			// the name's length picks the one name it can be; one comparison follows
			String name = switch (end - start) {
			case 0 -> "";
			case 4 -> "INFO";
			case 5 -> line.charAt(start) == 'E' || line.charAt(start) == 'e' ? "ERROR" : "FATAL";
			case 6 -> "NORMAL";
			case 7 -> line.charAt(start) == 'W' || line.charAt(start) == 'w' ? "WARNING" : "VERBOSE";
			case 8 -> "CRITICAL";
			default -> null;
			};
			if (name == null || !equalsIgnoringCase(line, start, name)) {
				return OTHER;
			}
			return switch (name) {
			case "WARNING" -> WARNING;
			case "ERROR", "FATAL", "CRITICAL" -> ERROR;
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
		long warnings;
		long errors;
		long malformed;
		private long first = NO_TIME;
		private int firstLine;
		private String firstRaw;
		private long last = NO_TIME;
		private int lastLine;
		/** Copied from each dated line: the line itself is gone once the next one is read. */
		private final DateRaw lastRaw = new DateRaw();

		void dated(long millis, ByteLines.Line line, int[] tabs) {
			if (first == NO_TIME) {
				first = millis;
				firstLine = line.number();
				firstRaw = dateRaw(line, tabs);
			}
			last = millis;
			lastLine = line.number();
			lastRaw.keep(line, tabs);
		}

		void writeTo(LogFile file, ParseContext context) {
			// counts span the whole file and have no single origin
			file.setLines(lines);
			file.setWarnings(warnings);
			file.setErrors(errors);
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

		void seen(long millis, ByteLines.Line line, int[] tabs) {
			count++;
			if (millis != NO_TIME) {
				lastTime = millis;
				lastTimeLine = line.number();
				lastTimeRaw.keep(line, tabs);
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
