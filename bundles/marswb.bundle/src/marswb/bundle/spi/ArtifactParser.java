package marswb.bundle.spi;

/**
 * Reads one kind of artifact into the server model. Contributed through the extension point
 * {@code marswb.bundle.artifactParsers}; one instance may be used for many bundles, possibly at the same time,
 * so implementations keep no state between calls.
 *
 * @since 0.1
 */
public interface ArtifactParser {

	/**
	 * Reads the artifact. Throw {@link ArtifactFormatException} when it cannot be understood at all (it is then
	 * reported as unreadable and the other artifacts are still read); call {@link ParseContext#problem(String)}
	 * for damage that leaves the rest usable.
	 */
	void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, java.io.IOException;
}
