package marswb.bundle;

import java.io.IOException;
import java.nio.file.Path;

import marswb.bundle.internal.artifacts.ModelBuilder;
import marswb.bundle.internal.zip.BundleSource;
import marswb.model.server.Server;

/**
 * Reads a diagnostic bundle (zip or folder) into a server model. A broken artifact never stops the others: it is
 * reported with its status in {@link Server#getArtifacts()}.
 */
public final class BundleReader {

	private BundleReader() {
	}

	/** Reads with {@link BundleLimits#DEFAULT}. */
	public static Server read(Path bundle) throws BundleOpenException {
		return read(bundle, BundleLimits.DEFAULT);
	}

	public static Server read(Path bundle, BundleLimits limits) throws BundleOpenException {
		try (BundleSource source = BundleSource.open(bundle, limits)) {
			return new ModelBuilder(source, limits).build();
		} catch (IOException e) {
			throw new BundleOpenException("Cannot read " + bundle + ": " + e.getMessage(), e);
		}
	}
}
