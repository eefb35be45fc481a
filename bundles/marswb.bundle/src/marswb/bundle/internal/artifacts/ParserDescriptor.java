package marswb.bundle.internal.artifacts;

import marswb.model.provenance.ArtifactPaths;

import marswb.bundle.spi.ArtifactParser;

/** A parser contribution: which artifact paths it reads, in which order, and the parser itself. */
public record ParserDescriptor(String id, String pathGlob, int order, ArtifactParser parser) {

	public boolean matches(String artifactPath) {
		return ArtifactPaths.matches(pathGlob, artifactPath);
	}
}
