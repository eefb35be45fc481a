package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.bundle.internal.format.FailedFileLine;
import marswb.bundle.internal.format.RecentErrorCodes;
import marswb.bundle.internal.text.ByteLines;
import marswb.bundle.internal.text.CharRanges;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.ErrorCodeCount;
import marswb.model.server.FailedFilesList;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.FolderCount;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads a LastBackupFailedFiles list as a stream (it can hold millions of lines) into counts per error code and per
 * folder, merged with the other lists of the bundle.
 */
public final class FailedFilesParser implements ScanningParser<FailedFilesParser.Scan> {

	static final String HEADER = "Consider adding these to exclusion list of backup policy.";
	static final int TOP_FOLDERS = 20;
	/** Folders kept per error code: a finding names the first few. */
	static final int TOP_FOLDERS_PER_CODE = 10;

	/** The agent names each list after the day of its backup, month first: ..._11_19_2026.txt. */
	private static final Pattern FILE_NAME_DAY = Pattern.compile("(?i)LastBackupFailedFiles\\w*_(\\d{1,2})_(\\d{1,2})_(\\d{4})\\.txt");
	private static final int MAX_FIRST_ENTRY = 500;
	/** Bounds memory on hostile input: real lists have a handful of codes. */
	private static final int MAX_CODES = 1_000;

	/** The counts of one list, taken a line at a time. */
	static final class Scan extends ScanningParser.LineScan {
		private final Map<String, CodeOccurrences> codes = new LinkedHashMap<>();
		private final FolderCounter folders = new FolderCounter();
		private final RecentErrorCodes hexCodes = new RecentErrorCodes();
		private final PathShape shape = new PathShape();
		private int headerLine;
		private long entries;
		private long malformed;
		/** The first line cut at the line limit (0: none), and how much of it was kept. */
		private int firstCut;
		private int firstCutKept;
		private boolean codesCapped;

		@Override
		void line(ByteLines.Line line) {
			if (line.truncated()) {
				malformed++;
				if (firstCut == 0) {
					firstCut = line.number();
					firstCutKept = line.length();
				}
				return;
			}
			int start = CharRanges.stripStart(line, 0, line.length());
			int end = CharRanges.stripEnd(line, start, line.length());
			if (CharRanges.regionMatches(line, start, HEADER)) {
				headerLine = line.number();
				return;
			}
			if (start == end || isRule(line, start, end)) {
				return;
			}
			if (!line.isAscii() && line.indexOf('\uFFFD', start) >= 0) {
				// still a failed file, but its name is damaged
				malformed++;
			}
			entries++;
			Entry entry = Entry.of(line, start, end, hexCodes, shape);
			CodeOccurrences occurrences = codes.get(entry.code);
			if (occurrences == null && codes.size() < MAX_CODES) {
				String trimmed = line.subSequence(start, end);
				String codeRaw = entry.codeRaw(line, end);
				occurrences = new CodeOccurrences(codes.size(), entry.code, line.number(),
						codeRaw != null ? codeRaw : cut(trimmed), cut(trimmed));
				codes.put(entry.code, occurrences);
			}
			int codeId;
			if (occurrences == null) {
				codesCapped = true;
				codeId = FolderCounter.UNCOUNTED_CODE;
			} else {
				occurrences.count++;
				codeId = occurrences.id;
			}
			if (entry.path == null) {
				folders.count(line, entry.pathStart, shape, line.number(), codeId);
			} else {
				folders.count(entry.path, line.number(), codeId);
			}
		}

		@Override
		void end(ByteLines lines) {
			if (lines.malformedInputs() > 0) {
				problem(lines.malformedInputs() + " bytes could not be decoded as " + lines.encoding());
			}
			if (malformed > 0) {
				problem(malformed + " lines were too long or not decodable"
						+ (firstCut > 0 ? "; " + ConsoleOutput.cutLine(firstCut, firstCutKept) : ""));
			}
			if (codesCapped) {
				problem("more than " + MAX_CODES + " distinct error codes; the rest are not counted by code");
			}
		}
	}

	@Override
	public Scan scan(ArtifactInput input, CollectionTime time) throws IOException {
		return LineScan.read(input, new Scan());
	}

	@Override
	public void apply(Scan scan, ArtifactInput input, ParseContext context) {
		scan.problems.forEach(context::problem);
		FailedFilesList list = ServerFactory.eINSTANCE.createFailedFilesList();
		context.set(list, Literals.FAILED_FILES_LIST__ARTIFACT, input.path(), 0, input.path());
		if (scan.headerLine > 0) {
			context.set(list, Literals.FAILED_FILES_LIST__HEADER_SEEN, Boolean.TRUE, scan.headerLine, HEADER);
		}
		fileNameDay(input.path()).ifPresent(day -> context.set(list, Literals.FAILED_FILES_LIST__FILE_NAME_DATE,
				Date.from(day.atStartOfDay().toInstant(context.collectionOffset().orElse(ZoneOffset.UTC))), 0,
				input.path().substring(input.path().lastIndexOf('/') + 1)));
		// counts span the whole file and have no single origin
		list.setEntries(scan.entries);
		list.setMalformedLines(scan.malformed);

		FailedFilesSummary summary = ModelParts.part(context.server(), Literals.SERVER__FAILED_FILES);
		summary.getLists().add(list);
		summary.setTotalEntries(summary.getTotalEntries() + scan.entries);
		Map<String, FolderTotal> all = new HashMap<>();
		List<Map<String, FolderTotal>> perCode = new ArrayList<>();
		scan.codes.values().forEach(occurrences -> perCode.add(new HashMap<>()));
		scan.folders.forEach((folder, code, count, firstLine) -> {
			all.computeIfAbsent(folder, f -> new FolderTotal()).add(count, firstLine);
			if (code != FolderCounter.UNCOUNTED_CODE) {
				perCode.get(code).computeIfAbsent(folder, f -> new FolderTotal()).add(count, firstLine);
			}
		});
		for (CodeOccurrences occurrences : scan.codes.values()) {
			ErrorCodeCount codeCount = occurrences.mergeInto(summary, context);
			mergeTopFolders(codeCount.getTopFolders(), perCode.get(occurrences.id), TOP_FOLDERS_PER_CODE, context);
		}
		mergeTopFolders(summary.getTopFolders(), all, TOP_FOLDERS, context);
	}

	/** The entries of one folder in one list, and the first line that names it. */
	private static final class FolderTotal {
		long count;
		int firstLine = Integer.MAX_VALUE;

		void add(long more, int line) {
			count += more;
			firstLine = Math.min(firstLine, line);
		}
	}

	/**
	 * The day of the backup that wrote a list, from its name {@code LastBackupFailedFiles<id>_M_D_YYYY.txt}; empty
	 * for any other name.
	 */
	static Optional<LocalDate> fileNameDay(String path) {
		Matcher day = FILE_NAME_DAY.matcher(path.substring(path.lastIndexOf('/') + 1));
		if (!day.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(1)),
					Integer.parseInt(day.group(2))));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/** The header may be followed by dashes, and the list ends with a line of dashes. */
	private static boolean isRule(CharSequence text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (text.charAt(i) != '-') {
				return false;
			}
		}
		return true;
	}

	/**
	 * What one pass over the path of a usual line tells: where its folder ends and the folder's hash, where its first
	 * three levels end and their hash (its key once the exact folders are all taken), and whether a {@code 0x} stands
	 * in it. A loop for each was most of the time of reading a list. The ends are those of
	 * {@link FolderCounter#parent(String)} and of its first three levels, the hashes those of
	 * {@link String#hashCode()}.
	 */
	static final class PathShape {
		/** The end of the folder, or -1 when the path has none. */
		int folderEnd;
		int folderHash;
		int levelsEnd;
		int levelsHash;

		/**
		 * Reads the path {@code text[start, end)}; false when it holds a {@code 0x}, which could be the code the agent
		 * meant: that line takes the long way.
		 */
		boolean read(CharSequence text, int start, int end) {
			int hash = 0;
			int lastSeparator = -1;
			int hashAtLastSeparator = 0;
			int levels = 0;
			boolean inPart = false;
			char previous = 0;
			levelsEnd = -1;
			for (int i = start; i < end; i++) {
				char c = text.charAt(i);
				if ((c | 0x20) == 'x' && previous == '0') {
					return false;
				}
				boolean separator = c == '\\' || c == '/';
				if (separator && i > start) {
					lastSeparator = i;
					hashAtLastSeparator = hash;
				}
				if (separator && inPart && ++levels == 3) {
					levelsEnd = i;
					levelsHash = hash;
				}
				inPart = !separator;
				hash = 31 * hash + c;
				previous = c;
			}
			if (lastSeparator < 0) {
				folderEnd = -1;
			} else if (text.charAt(lastSeparator - 1) == ':') {
				// a drive's root keeps its separator: C:\
				folderEnd = lastSeparator + 1;
				folderHash = 31 * hashAtLastSeparator + text.charAt(lastSeparator);
			} else {
				folderEnd = lastSeparator;
				folderHash = hashAtLastSeparator;
			}
			if (levelsEnd < 0 || levelsEnd >= folderEnd) {
				levelsEnd = folderEnd;
				levelsHash = folderHash;
			}
			return true;
		}
	}

	/**
	 * The code and path of one entry. Lists are millions of lines of a path, a TAB and {@code 0x} with eight hex
	 * digits: that shape is read in place, the path left as a range of the line; any other goes to
	 * {@link FailedFileLine}, which reads every shape the agent may write and gives the same answer for this one.
	 *
	 * @param codeRaw the code as written, null when there is none or when it is {@code line[codeStart, end)}
	 * @param path    the path as a String, or null when it starts at {@code pathStart} on the line and the
	 *                {@link PathShape} given to {@link #of} describes it
	 */
	private record Entry(String code, String codeRaw, int codeStart, String path, int pathStart) {

		/** How the code of a shortened line was written, made into a String only when it is kept. */
		String codeRaw(CharSequence line, int end) {
			return codeRaw != null || codeStart < 0 ? codeRaw : line.subSequence(codeStart, end).toString();
		}

		static Entry of(ByteLines.Line line, int start, int end, RecentErrorCodes hexCodes, PathShape shape) {
			int tab = end - 11;
			if (tab > start && line.charAt(tab) == '\t' && line.charAt(tab + 1) == '0'
					&& (line.charAt(tab + 2) == 'x' || line.charAt(tab + 2) == 'X') && shape.read(line, start, tab)) {
				long value = hexValue(line, tab + 3, end);
				if (value >= 0) {
					return new Entry(hexCodes.of(value), null, tab + 1, null, start);
				}
			}
			FailedFileLine parsed = FailedFileLine.parse(line.subSequence(start, end));
			return new Entry(parsed.code(), parsed.codeRaw(), -1, parsed.path(), 0);
		}

		/** The value of {@code text[start, end)} as hex digits, or -1. */
		private static long hexValue(CharSequence text, int start, int end) {
			long value = 0;
			for (int i = start; i < end; i++) {
				char c = text.charAt(i);
				int digit = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
				if (digit < 0) {
					return -1;
				}
				value = value << 4 | digit;
			}
			return value;
		}
	}

	private static String cut(String text) {
		return text.length() <= MAX_FIRST_ENTRY ? text : text.substring(0, MAX_FIRST_ENTRY);
	}

	/**
	 * Keeps the {@code limit} folders with the most entries over all lists. A folder just outside the top of an
	 * earlier list loses its count from that list; the top itself is exact within each list.
	 */
	private static void mergeTopFolders(List<FolderCount> top, Map<String, FolderTotal> folders, int limit,
			ParseContext context) {
		Map<String, FolderCount> merged = new HashMap<>();
		for (FolderCount existing : top) {
			merged.put(existing.getFolder(), existing);
		}
		folders.forEach((folder, total) -> {
			FolderCount folderCount = merged.get(folder);
			if (folderCount == null) {
				folderCount = ServerFactory.eINSTANCE.createFolderCount();
				if (folder.equals(FolderCounter.OTHER)) {
					// a bucket of many folders, named by us: no line shows it
					folderCount.setFolder(folder);
				} else {
					context.set(folderCount, Literals.FOLDER_COUNT__FOLDER, folder, total.firstLine, folder);
				}
				merged.put(folder, folderCount);
			}
			folderCount.setCount(folderCount.getCount() + total.count);
		});
		List<FolderCount> sorted = new ArrayList<>(merged.values());
		sorted.sort(Comparator.comparingLong(FolderCount::getCount).reversed().thenComparing(FolderCount::getFolder));
		top.clear();
		top.addAll(sorted.subList(0, Math.min(limit, sorted.size())));
	}

	/** The entries of one code in one list. */
	private static final class CodeOccurrences {
		/** The code's place among the codes of its list, which the folder counts are keyed by. */
		private final int id;
		private final String code;
		private final int firstLine;
		private final String firstRaw;
		private final String firstEntry;
		long count;

		CodeOccurrences(int id, String code, int firstLine, String firstRaw, String firstEntry) {
			this.id = id;
			this.code = code;
			this.firstLine = firstLine;
			this.firstRaw = firstRaw;
			this.firstEntry = firstEntry;
		}

		/** The first occurrence stays the one of the list read first. */
		ErrorCodeCount mergeInto(FailedFilesSummary summary, ParseContext context) {
			ErrorCodeCount codeCount = summary.getCodes().stream().filter(c -> code.equals(c.getCode())).findFirst()
					.orElse(null);
			if (codeCount == null) {
				codeCount = ServerFactory.eINSTANCE.createErrorCodeCount();
				context.located(codeCount, firstLine, firstRaw);
				context.set(codeCount, Literals.ERROR_CODE_COUNT__CODE, code, firstLine, firstRaw);
				context.set(codeCount, Literals.ERROR_CODE_COUNT__FIRST_ENTRY, firstEntry, firstLine, firstEntry);
				summary.getCodes().add(codeCount);
			}
			codeCount.setCount(codeCount.getCount() + count);
			return codeCount;
		}
	}

	/**
	 * Entries per parent folder and error code in bounded memory: after {@value #EXACT} distinct pairs, new ones are
	 * counted under their folder's first levels, and past {@value #MAX} under one bucket, so a list of millions of
	 * scattered files cannot grow the table without end. Keyed by the code too, so that each code names its own
	 * folders.
	 * <p>
	 * The table is open-addressed over arrays, and a folder on a line is looked up by its characters where they
	 * stand: with a {@code HashMap} of Strings, most of the time of a list of scattered files went to chasing its
	 * nodes and to the trees it builds for colliding paths.
	 */
	static final class FolderCounter {
		static final int EXACT = 10_000;
		static final int MAX = 20_000;
		static final String OTHER = "(other folders)";
		/** The code id of entries whose code is past the cap on distinct codes. */
		static final int UNCOUNTED_CODE = -1;
		/** At most half full once {@link #MAX} folders and the bucket are in. */
		private static final int CAPACITY = Integer.highestOneBit(MAX) * 4;

		private final int[] hashes = new int[CAPACITY];
		private final int[] codes = new int[CAPACITY];
		private final String[] folders = new String[CAPACITY];
		private final long[] counts = new long[CAPACITY];
		private final int[] firstLines = new int[CAPACITY];
		private int size;

		/** What {@link #forEach} gives for each folder. */
		interface Visitor {
			void folder(String folder, int code, long count, int firstLine);
		}

		/** Counts the folder of {@code path} for the code. */
		void count(String path, int line, int code) {
			String folder = parent(path);
			if (!folder.isEmpty()) {
				int levelsEnd = firstLevelsEnd(folder, 0, folder.length(), 3);
				countFolder(folder, 0, folder.length(), folder.hashCode(), levelsEnd, hash(folder, 0, levelsEnd), line,
						code);
			}
		}

		/** Counts the folder of the path that starts at {@code start} on a line, as {@code shape} read it. */
		void count(CharSequence line, int start, PathShape shape, int lineNumber, int code) {
			if (shape.folderEnd >= 0) {
				countFolder(line, start, shape.folderEnd, shape.folderHash, shape.levelsEnd, shape.levelsHash,
						lineNumber, code);
			}
		}

		/** Counts the folder {@code text[start, end)}, or its first levels {@code text[start, levelsEnd)}. */
		private void countFolder(CharSequence text, int start, int end, int hash, int levelsEnd, int levelsHash,
				int line, int code) {
			int slot = slot(text, start, end, hash, code);
			if (folders[slot] == null && size >= EXACT) {
				// past the exact folders a path is counted under its first levels
				end = levelsEnd;
				hash = levelsHash;
				slot = slot(text, start, end, hash, code);
				if (folders[slot] == null && size >= MAX) {
					text = OTHER;
					start = 0;
					end = OTHER.length();
					hash = OTHER.hashCode();
					slot = slot(text, start, end, hash, code);
				}
			}
			if (folders[slot] == null) {
				hashes[slot] = hash;
				codes[slot] = code;
				folders[slot] = text.subSequence(start, end).toString();
				firstLines[slot] = line;
				size++;
			}
			counts[slot]++;
		}

		/**
		 * The slot of the folder {@code text[start, end)} of that hash with that code, or the empty slot where it
		 * belongs.
		 */
		private int slot(CharSequence text, int start, int end, int hash, int code) {
			int mask = CAPACITY - 1;
			for (int slot = mix(hash + code * 0x61C8_8647) & mask;; slot = slot + 1 & mask) {
				String folder = folders[slot];
				if (folder == null || hashes[slot] == hash && codes[slot] == code
						&& CharRanges.equals(text, start, end, folder)) {
					return slot;
				}
			}
		}

		/** {@link String#hashCode()} of the range. */
		private static int hash(CharSequence text, int start, int end) {
			int hash = 0;
			for (int i = start; i < end; i++) {
				hash = 31 * hash + text.charAt(i);
			}
			return hash;
		}

		/** Spreads paths that differ in their last characters, as most folders of one list do, over the table. */
		private static int mix(int hash) {
			int mixed = hash * 0x9E37_79B9;
			return mixed ^ mixed >>> 16;
		}

		void forEach(Visitor visitor) {
			for (int slot = 0; slot < CAPACITY; slot++) {
				if (folders[slot] != null) {
					visitor.folder(folders[slot], codes[slot], counts[slot], firstLines[slot]);
				}
			}
		}

		/** Where the folder of the path {@code text[start, end)} ends (see {@link #parent(String)}), or -1. */
		private static int parentEnd(CharSequence text, int start, int end) {
			for (int i = end - 1; i > start; i--) {
				char c = text.charAt(i);
				if (c == '\\' || c == '/') {
					return text.charAt(i - 1) == ':' ? i + 1 : i;
				}
			}
			return -1;
		}

		/** The folder of a path, e.g. {@code D:\Data} of {@code D:\Data\a.txt}; {@code C:\} of {@code C:\a.txt}. */
		static String parent(String path) {
			int end = parentEnd(path, 0, path.length());
			return end < 0 ? "" : path.substring(0, end);
		}

		/** Where the path is cut after its first {@code levels} non-empty parts, e.g. {@code D:\\Data\\Sub} for 3. */
		private static int firstLevelsEnd(CharSequence path, int start, int end, int levels) {
			int seen = 0;
			boolean inPart = false;
			for (int i = start; i < end; i++) {
				char c = path.charAt(i);
				boolean separator = c == '\\' || c == '/';
				if (separator && inPart && ++seen == levels) {
					return i;
				}
				inPart = !separator;
			}
			return end;
		}
	}
}
