package marswb.bundle.spi;

/**
 * The start of a file offered to {@link ArtifactRecognizer}s: its name, size and first bytes, decoded.
 *
 * @since 0.1
 */
public interface Sample {

	/** How much of a file a recognizer sees. */
	int HEAD_BYTES = 256 * 1024;

	/** The file's name without its folders, as the customer named it (it proves nothing about the content). */
	String fileName();

	/** Size in bytes. */
	long size();

	/** The first bytes, at most {@link #HEAD_BYTES}. */
	byte[] head();

	/**
	 * The first bytes decoded the way parsers decode the file (BOM, UTF-16LE without BOM, UTF-8, else the ANSI code
	 * page), without a BOM, line ends as they are; the last line may be cut.
	 */
	String text();
}
