package marswb.cli.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.FrameworkUtil;

/** Files of the repository the tests run in (samples/, docs/), found from this bundle's location. */
final class RepoFiles {

	private RepoFiles() {
	}

	static Path root() {
		try {
			Path start = FileLocator.getBundleFileLocation(FrameworkUtil.getBundle(RepoFiles.class)).orElseThrow()
					.toPath().toAbsolutePath();
			for (Path dir = start; dir != null; dir = dir.getParent()) {
				if (Files.isDirectory(dir.resolve("samples")) && Files.isRegularFile(dir.resolve("README.md"))) {
					return dir;
				}
			}
			throw new IllegalStateException("no repository root above " + start);
		} catch (RuntimeException e) {
			throw new UncheckedIOException(new IOException("cannot locate the repository", e));
		}
	}

	static Path resolve(String relative) {
		return root().resolve(relative);
	}
}
