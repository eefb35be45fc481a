package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import marswb.bundle.internal.format.FailedFileLine;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.bundle.spi.TextLines;
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
public final class FailedFilesParser implements ArtifactParser {

	static final String HEADER = "Consider adding these to exclusion list of backup policy.";
	static final int TOP_FOLDERS = 20;
	private static final int MAX_FIRST_ENTRY = 500;
	/** Bounds memory on hostile input: real lists have a handful of codes. */
	private static final int MAX_CODES = 1_000;

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws IOException {
		FailedFilesList list = ServerFactory.eINSTANCE.createFailedFilesList();
		context.set(list, Literals.FAILED_FILES_LIST__ARTIFACT, input.path(), 0, input.path());
		Map<String, CodeOccurrences> codes = new LinkedHashMap<>();
		FolderCounter folders = new FolderCounter();
		long entries = 0;
		long malformed = 0;
		boolean codesCapped = false;
		try (TextLines lines = input.openLines()) {
			Line line;
			while ((line = lines.next()) != null) {
				String text = line.text();
				if (line.truncated()) {
					malformed++;
					continue;
				}
				String trimmed = text.strip();
				if (trimmed.startsWith(HEADER)) {
					context.set(list, Literals.FAILED_FILES_LIST__HEADER_SEEN, Boolean.TRUE, line.number(), HEADER);
					continue;
				}
				if (trimmed.isEmpty() || isRule(trimmed)) {
					continue;
				}
				if (trimmed.indexOf('\uFFFD') >= 0) {
					// still a failed file, but its name is damaged
					malformed++;
				}
				entries++;
				FailedFileLine entry = FailedFileLine.parse(trimmed);
				CodeOccurrences occurrences = codes.get(entry.code());
				if (occurrences == null && codes.size() < MAX_CODES) {
					String raw = entry.codeRaw() != null ? entry.codeRaw() : cut(trimmed);
					occurrences = new CodeOccurrences(entry.code(), line.number(), raw, cut(trimmed));
					codes.put(entry.code(), occurrences);
				}
				if (occurrences == null) {
					codesCapped = true;
				} else {
					occurrences.count++;
				}
				folders.count(entry.path(), line.number());
			}
			if (lines.malformedInputs() > 0) {
				context.problem(lines.malformedInputs() + " bytes could not be decoded as " + lines.encoding());
			}
		}
		if (malformed > 0) {
			context.problem(malformed + " lines were too long or not decodable");
		}
		if (codesCapped) {
			context.problem("more than " + MAX_CODES + " distinct error codes; the rest are not counted by code");
		}
		// counts span the whole file and have no single origin
		list.setEntries(entries);
		list.setMalformedLines(malformed);

		FailedFilesSummary summary = ModelParts.part(context.server(), Literals.SERVER__FAILED_FILES);
		summary.getLists().add(list);
		summary.setTotalEntries(summary.getTotalEntries() + entries);
		codes.values().forEach(occurrences -> occurrences.mergeInto(summary, context));
		mergeTopFolders(summary, folders, context);
	}

	/** The header may be followed by dashes, and the list ends with a line of dashes. */
	private static boolean isRule(String text) {
		if (text.isEmpty() || text.charAt(0) != '-') {
			return text.isEmpty();
		}
		for (int i = 1; i < text.length(); i++) {
			if (text.charAt(i) != '-') {
				return false;
			}
		}
		return true;
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
		folders.counts.forEach((folder, count) -> {
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
		/** folder -> {count, first line} */
		final Map<String, long[]> counts = new HashMap<>();

		void count(String path, int line) {
			String folder = parent(path);
			if (folder.isEmpty()) {
				return;
			}
			long[] count = counts.get(folder);
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

		/** The folder of a path, e.g. {@code D:\Data} of {@code D:\Data\a.txt}; {@code C:\} of {@code C:\a.txt}. */
		static String parent(String path) {
			int separator = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
			if (separator <= 0) {
				return "";
			}
			String folder = path.substring(0, separator);
			return folder.endsWith(":") ? path.substring(0, separator + 1) : folder;
		}

		/** The path cut after its first {@code levels} non-empty parts, e.g. {@code D:\Data\Sub} for 3. */
		static String firstLevels(String path, int levels) {
			int seen = 0;
			boolean inPart = false;
			for (int i = 0; i < path.length(); i++) {
				char c = path.charAt(i);
				boolean separator = c == '\\' || c == '/';
				if (separator && inPart && ++seen == levels) {
					return path.substring(0, i);
				}
				inPart = !separator;
			}
			return path;
		}
	}
}
