package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import marswb.bundle.internal.format.ErrorCodes;
import marswb.bundle.internal.format.FailedFileLine;
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
	private static final int MAX_FIRST_ENTRY = 500;
	/** Bounds memory on hostile input: real lists have a handful of codes. */
	private static final int MAX_CODES = 1_000;

	/** The counts of one list. */
	/** The counts of one list, taken a line at a time. */
	static final class Scan extends ScanningParser.LineScan {
		private final Map<String, CodeOccurrences> codes = new LinkedHashMap<>();
		private final FolderCounter folders = new FolderCounter();
		private final ErrorCodes.Recent hexCodes = new ErrorCodes.Recent();
		private int headerLine;
		private long entries;
		private long malformed;
		private boolean codesCapped;

		@Override
		void line(ByteLines.Line line) {
			if (line.truncated()) {
				malformed++;
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
			Entry entry = Entry.of(line, start, end, hexCodes);
			CodeOccurrences occurrences = codes.get(entry.code);
			if (occurrences == null && codes.size() < MAX_CODES) {
				String trimmed = line.subSequence(start, end);
				String codeRaw = entry.codeRaw(line, end);
				occurrences = new CodeOccurrences(entry.code, line.number(), codeRaw != null ? codeRaw : cut(trimmed),
						cut(trimmed));
				codes.put(entry.code, occurrences);
			}
			if (occurrences == null) {
				codesCapped = true;
			} else {
				occurrences.count++;
			}
			folders.count(line, entry.pathStart, entry.pathEnd, entry.path, line.number());
		}

		@Override
		void end(ByteLines lines) {
			if (lines.malformedInputs() > 0) {
				problem(lines.malformedInputs() + " bytes could not be decoded as " + lines.encoding());
			}
			if (malformed > 0) {
				problem(malformed + " lines were too long or not decodable");
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
		// counts span the whole file and have no single origin
		list.setEntries(scan.entries);
		list.setMalformedLines(scan.malformed);

		FailedFilesSummary summary = ModelParts.part(context.server(), Literals.SERVER__FAILED_FILES);
		summary.getLists().add(list);
		summary.setTotalEntries(summary.getTotalEntries() + scan.entries);
		scan.codes.values().forEach(occurrences -> occurrences.mergeInto(summary, context));
		mergeTopFolders(summary, scan.folders, context);
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

	/** What stands between a path and its code. */
	private static boolean isSeparator(char c) {
		return c == ' ' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '=';
	}

	/** The end of {@code text[start, end)} without the separators after a path. */
	private static int stripSeparators(CharSequence text, int start, int end) {
		while (end > start && isSeparator(text.charAt(end - 1))) {
			end--;
		}
		return end;
	}

	/**
	 * The code and path of one entry. Lists are millions of lines of a path, a TAB and {@code 0x} with eight hex
	 * digits: that shape is read in place, the path left as a range of the line; any other goes to
	 * {@link FailedFileLine}, which reads every shape the agent may write and gives the same answer for this one.
	 *
	 * @param codeRaw the code as written, null when there is none or when it is {@code line[codeStart, end)}
	 * @param path    the path as a String, or null when it is {@code line[pathStart, pathEnd)}
	 */
	private record Entry(String code, String codeRaw, int codeStart, String path, int pathStart, int pathEnd) {

		/** How the code of a shortened line was written, made into a String only when it is kept. */
		String codeRaw(CharSequence line, int end) {
			return codeRaw != null || codeStart < 0 ? codeRaw : line.subSequence(codeStart, end).toString();
		}

		static Entry of(ByteLines.Line line, int start, int end, ErrorCodes.Recent hexCodes) {
			int tab = end - 11;
			if (tab > start && line.charAt(tab) == '\t' && line.charAt(tab + 1) == '0'
					&& (line.charAt(tab + 2) == 'x' || line.charAt(tab + 2) == 'X') && !hasHexPrefix(line, start, tab)) {
				long value = hexValue(line, tab + 3, end);
				if (value >= 0) {
					return new Entry(hexCodes.of(value), null, tab + 1, null, start,
							stripSeparators(line, start, tab));
				}
			}
			FailedFileLine parsed = FailedFileLine.parse(line.subSequence(start, end));
			return new Entry(parsed.code(), parsed.codeRaw(), -1, parsed.path(), 0, 0);
		}

		/** Any {@code 0x} before the last field could be the code the agent meant, so that line takes the long way. */
		private static boolean hasHexPrefix(CharSequence text, int start, int end) {
			for (int i = start + 1; i < end; i++) {
				if ((text.charAt(i) | 0x20) == 'x' && text.charAt(i - 1) == '0') {
					return true;
				}
			}
			return false;
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
	 * Keeps the {@value #TOP_FOLDERS} folders with the most entries over all lists. A folder just outside the top of
	 * an earlier list loses its count from that list; the top itself is exact within each list.
	 */
	private static void mergeTopFolders(FailedFilesSummary summary, FolderCounter folders, ParseContext context) {
		Map<String, FolderCount> merged = new HashMap<>();
		for (FolderCount existing : summary.getTopFolders()) {
			merged.put(existing.getFolder(), existing);
		}
		folders.counts.forEach((key, count) -> {
			String folder = (String) key;
			FolderCount folderCount = merged.get(folder);
			if (folderCount == null) {
				folderCount = ServerFactory.eINSTANCE.createFolderCount();
				if (folder.equals(FolderCounter.OTHER)) {
					// a bucket of many folders, named by us: no line shows it
					folderCount.setFolder(folder);
				} else {
					context.set(folderCount, Literals.FOLDER_COUNT__FOLDER, folder, (int) count[1], folder);
				}
				merged.put(folder, folderCount);
			}
			folderCount.setCount(folderCount.getCount() + count[0]);
		});
		List<FolderCount> top = new ArrayList<>(merged.values());
		top.sort(Comparator.comparingLong(FolderCount::getCount).reversed().thenComparing(FolderCount::getFolder));
		summary.getTopFolders().clear();
		summary.getTopFolders().addAll(top.subList(0, Math.min(TOP_FOLDERS, top.size())));
	}

	/** The entries of one code in one list. */
	private static final class CodeOccurrences {
		private final String code;
		private final int firstLine;
		private final String firstRaw;
		private final String firstEntry;
		long count;

		CodeOccurrences(String code, int firstLine, String firstRaw, String firstEntry) {
			this.code = code;
			this.firstLine = firstLine;
			this.firstRaw = firstRaw;
			this.firstEntry = firstEntry;
		}

		/** The first occurrence stays the one of the list read first. */
		void mergeInto(FailedFilesSummary summary, ParseContext context) {
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
		}
	}

	/**
	 * Entries per parent folder in bounded memory: after {@value #EXACT} distinct folders, new ones are counted under
	 * their first levels, and past {@value #MAX} under one bucket, so a list of millions of scattered files cannot
	 * grow the map without end.
	 */
	static final class FolderCounter {
		static final int EXACT = 10_000;
		static final int MAX = 20_000;
		static final String OTHER = "(other folders)";
		/** folder -> {count, first line}; the keys are Strings, looked up by {@link RangeKey} too */
		final Map<Object, long[]> counts = new HashMap<>();
		private final RangeKey probe = new RangeKey();

		/** Counts the folder of the path {@code path}, or of {@code text[start, end)} when {@code path} is null. */
		void count(CharSequence text, int start, int end, String path, int line) {
			long[] count;
			String folder;
			if (path != null) {
				folder = parent(path);
				if (folder.isEmpty()) {
					return;
				}
				count = counts.get(folder);
			} else {
				int folderEnd = parentEnd(text, start, end);
				if (folderEnd < 0) {
					return;
				}
				count = counts.get(probe.of(text, start, folderEnd));
				if (count == null && counts.size() >= EXACT) {
					// past the exact folders a path is counted under its first levels: look those up in place too
					folderEnd = firstLevelsEnd(text, start, folderEnd, 3);
					count = counts.get(probe.of(text, start, folderEnd));
				}
				if (count != null) {
					count[0]++;
					return;
				}
				folder = text.subSequence(start, folderEnd).toString();
			}
			if (count == null && counts.size() >= EXACT) {
				folder = firstLevels(folder, 3);
				count = counts.get(folder);
				if (count == null && counts.size() >= MAX) {
					folder = OTHER;
					count = counts.get(folder);
				}
			}
			if (count == null) {
				count = new long[] { 0, line };
				counts.put(folder, count);
			}
			count[0]++;
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

		/**
		 * A range of a line that equals the String key with the same characters: {@link Map#get} compares with the
		 * argument's {@code equals}, so a folder already counted is found without making its String.
		 */
		private static final class RangeKey {
			private CharSequence text;
			private int start;
			private int end;
			private int hash;

			RangeKey of(CharSequence line, int from, int to) {
				text = line;
				start = from;
				end = to;
				int h = 0;
				for (int i = from; i < to; i++) {
					h = 31 * h + line.charAt(i);
				}
				hash = h;
				return this;
			}

			@Override
			public int hashCode() {
				return hash;
			}

			@Override
			public boolean equals(Object other) {
				if (!(other instanceof String key) || key.length() != end - start) {
					return false;
				}
				for (int i = 0; i < key.length(); i++) {
					if (key.charAt(i) != text.charAt(start + i)) {
						return false;
					}
				}
				return true;
			}
		}

		/** The folder of a path, e.g. {@code D:\Data} of {@code D:\Data\a.txt}; {@code C:\} of {@code C:\a.txt}. */
		static String parent(String path) {
			int separator = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
			if (separator <= 0) {
				return "";
			}
			String folder = path.substring(0, separator);
			return folder.endsWith(":") ? path.substring(0, separator + 1) : folder;
		}

		/** The path cut after its first {@code levels} non-empty parts, e.g. {@code D:\\Data\\Sub} for 3. */
		static String firstLevels(String path, int levels) {
			return path.substring(0, firstLevelsEnd(path, 0, path.length(), levels));
		}

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
