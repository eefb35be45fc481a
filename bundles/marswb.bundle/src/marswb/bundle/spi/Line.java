package marswb.bundle.spi;

/**
 * One decoded line of a text artifact.
 *
 * @param number    1-based line number
 * @param text      the line without its terminator; cut at the reader's limit when {@code truncated}
 * @param truncated the line was longer than the limit and only its start is kept
 *
 * @since 0.1
 */
public record Line(int number, String text, boolean truncated) {
}
