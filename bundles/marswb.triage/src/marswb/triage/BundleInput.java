package marswb.triage;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.bundle.NoEvidence;
import marswb.model.server.Server;
import marswb.triage.internal.Messages;

/**
 * Reads a bundle the user named (a command's argument, a bundle of a triage), and refuses input that holds no
 * evidence at all: a report on it would only list what is unknown, and the user's real mistake (an empty zip, a
 * bundle wrapped in a folder) would go unseen.
 */
public final class BundleInput {

	private BundleInput() {
	}

	/** The server read from {@code path}; a BundleOpenException says what is wrong with the input. */
	public static Server read(Path path) throws BundleOpenException {
		Server server = BundleReader.read(path);
		var none = NoEvidence.of(server);
		if (none.isPresent()) {
			throw new BundleOpenException(describe(path, none.get()));
		}
		return server;
	}

	private static String describe(Path path, NoEvidence none) {
		String container = none.zip() ? Messages.NoEvidence_zip : Messages.NoEvidence_folder;
		String names = String.join(", ", none.names());
		return switch (none.kind()) {
		case EMPTY -> NLS.bind(Messages.NoEvidence_empty, path, container);
		case UNREADABLE -> NLS.bind(Messages.NoEvidence_unreadable, path, names);
		case UNRELATED -> NLS.bind(Messages.NoEvidence_unrelated, path, container, none.files(), names);
		};
	}
}
