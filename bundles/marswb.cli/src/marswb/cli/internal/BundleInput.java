package marswb.cli.internal;

import java.nio.file.Path;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.bundle.NoEvidence;
import marswb.model.server.Server;

/**
 * Reads a bundle argument for a command, and refuses input that holds no evidence at all: a report on it would only
 * list what is unknown, and the user's real mistake (an empty zip, a bundle wrapped in a folder) would go unseen.
 */
final class BundleInput {

	private BundleInput() {
	}

	/** The server read from {@code path}; a BundleOpenException says what is wrong with the input. */
	static Server read(Path path) throws BundleOpenException {
		Server server = BundleReader.read(path);
		var none = NoEvidence.of(server);
		if (none.isPresent()) {
			throw new BundleOpenException(describe(path, none.get()));
		}
		return server;
	}

	static String describe(Path path, NoEvidence none) {
		String container = none.zip() ? Messages.NoEvidence_zip : Messages.NoEvidence_folder;
		String names = String.join(", ", none.names());
		return switch (none.kind()) {
		case EMPTY -> Messages.format(Messages.NoEvidence_empty, path, container);
		case UNREADABLE -> Messages.format(Messages.NoEvidence_unreadable, path, names);
		case UNRELATED -> Messages.format(Messages.NoEvidence_unrelated, path, container, none.files(), names);
		};
	}
}
