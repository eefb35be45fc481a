/**
 * What a third party implements to teach the workbench a new artifact: an {@link marswb.bundle.spi.ArtifactParser}
 * contributed to the extension point {@code marswb.bundle.artifactParsers}.
 */
package marswb.bundle.spi;
