package marswb.bundle.spi;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.model.server.Located;
import marswb.model.server.Server;

/**
 * What a parser may use and change while reading one artifact into the server model.
 *
 * @since 0.1
 */
public interface ParseContext {

	/** The model being built. */
	Server server();

	/** Path of the artifact being read. */
	String artifactPath();

	/**
	 * Sets a single-valued feature and records the artifact line it came from. A value no Windows server can have
	 * (a negative size or count, a time outside the years 1601 to 30828, ...) is not set but reported as a problem.
	 */
	void set(Located owner, EStructuralFeature feature, Object value, int line, String raw);

	/** Adds a value to a many-valued feature and records the artifact line it came from. */
	void add(Located owner, EStructuralFeature feature, Object value, int line, String raw);

	/** Records the artifact line an object as a whole came from. */
	void located(Located owner, int line, String raw);

	/**
	 * Reports a problem that did not stop the artifact from being read; the artifact's status becomes
	 * {@code partial} and the message is shown with it.
	 */
	void problem(String message);

	/** Collection instant from the manifest, if it gave one. */
	Optional<Instant> collectedAtUtc();

	/** The server's UTC offset at collection, if the manifest gave one. */
	Optional<ZoneOffset> collectionOffset();
}
