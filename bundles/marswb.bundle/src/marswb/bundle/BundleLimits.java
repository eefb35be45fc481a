package marswb.bundle;

/**
 * Bounds applied to a bundle, which is untrusted input from a customer machine.
 *
 * @param maxEntries          most entries a bundle may hold
 * @param maxEntryBytes       most uncompressed bytes of one entry
 * @param maxTotalBytes       most uncompressed bytes of all entries together
 * @param maxCompressionRatio most uncompressed bytes per compressed byte of one zip entry (zip bombs)
 * @param maxLineChars        longest line kept whole; longer lines are cut and flagged
 * @param maxDocumentChars    largest XML or JSON document read into memory
 *
 * @since 0.1
 */
public record BundleLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxCompressionRatio,
		int maxLineChars, int maxDocumentChars) {

	/** Defaults sized for real bundles: agent logs of several hundred MB, failed-file lists of millions of lines. */
	public static final BundleLimits DEFAULT = new BundleLimits(20_000, 4L << 30, 16L << 30, 200, 64 * 1024,
			64 * 1024 * 1024);

	/** Ratios of small entries are not checked: a tiny, highly repetitive file is normal. */
	public static final long RATIO_CHECK_THRESHOLD = 1 << 20;
}
