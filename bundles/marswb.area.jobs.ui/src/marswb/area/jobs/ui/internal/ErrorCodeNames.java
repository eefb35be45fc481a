package marswb.area.jobs.ui.internal;

import java.util.Locale;
import java.util.Map;

/** What the error codes seen in failed-files lists mean, in the reader's language; the codes as the agent writes them. */
final class ErrorCodeNames {

	// HRESULTs wrapping the Win32 errors the article's table and common file trouble produce
	private static final Map<String, String> NAMES = Map.of(
			"0x80070002", Messages.Code_fileNotFound,
			"0x80070003", Messages.Code_pathNotFound,
			"0x80070005", Messages.Code_accessDenied,
			"0x80070020", Messages.Code_sharingViolation,
			"0x8007007B", Messages.Code_invalidName,
			"0x800700CE", Messages.Code_nameTooLong,
			"0x8007018B", Messages.Code_cloudFileDenied,
			"0x80070570", Messages.Code_fileCorrupt);

	private ErrorCodeNames() {
	}

	/** "0x80070002 file not found"; the code alone when its meaning is not known here, a word for entries without. */
	static String label(String code) {
		if (code == null || code.isBlank()) {
			return Messages.Code_none;
		}
		String name = NAMES.get(normalized(code));
		return name == null ? code.strip() : code.strip() + " " + name;
	}

	private static String normalized(String code) {
		String upper = code.strip().toUpperCase(Locale.ROOT);
		return upper.startsWith("0X") ? "0x" + upper.substring(2) : upper;
	}
}
