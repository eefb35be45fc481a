package marswb.cli.tests;

import java.nio.file.Path;

/** Files of the repository the tests run in (samples/, docs/); the build passes its root as marswb.repo. */
final class RepoFiles {

	private RepoFiles() {
	}

	static Path resolve(String relative) {
		String root = System.getProperty("marswb.repo");
		if (root == null) {
			throw new IllegalStateException("system property marswb.repo (the repository root) is not set");
		}
		return Path.of(root).resolve(relative);
	}
}
