package marswb.bundle.internal.artifacts;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

import marswb.bundle.spi.ArtifactParser;

/** A parser contribution: which artifact paths it reads, in which order, and the parser itself. */
public record ParserDescriptor(String id, String pathGlob, int order, ArtifactParser parser) {

	public boolean matches(String artifactPath) {
		PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pathGlob);
		return matcher.matches(Path.of(artifactPath));
	}
}
