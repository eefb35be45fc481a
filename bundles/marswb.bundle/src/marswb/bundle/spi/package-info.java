/**
 * What a third party implements to teach the workbench a new artifact: an {@link marswb.bundle.spi.ArtifactParser}
 * contributed to the extension point {@code marswb.bundle.artifactParsers}, and optionally an
 * {@link marswb.bundle.spi.ArtifactRecognizer} that finds the artifact among files sent without a manifest.
 *
 * @since 0.1
 */
package marswb.bundle.spi;
