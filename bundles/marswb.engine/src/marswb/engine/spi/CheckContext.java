package marswb.engine.spi;

import marswb.engine.CheckDescriptor;

import java.util.Optional;

import marswb.model.diagnosis.Outcome;
import marswb.model.server.Artifact;
import marswb.model.server.Server;

/**
 * What a running check sees: the model, the artifacts' read status, and builders for its findings.
 *
 * @since 0.1
 * @noimplement The engine gives each running check its context; a check receives it and never implements it.
 */
public interface CheckContext {

	Server server();

	CheckDescriptor descriptor();

	/** Starts a finding of this check with the given outcome; {@link FindingBuilder#add()} reports it. */
	FindingBuilder finding(Outcome outcome);

	/**
	 * Starts an UNKNOWN finding for evidence that is missing, failed in collection or unreadable; its message names
	 * the artifact to collect and why it is not usable. {@code artifactPath} may be a glob such as
	 * {@code tasks/*.xml}.
	 */
	FindingBuilder unknown(String artifactPath);

	/**
	 * Starts a NOT_APPLICABLE finding: the check's subject is absent from this server (no vault credentials file, no
	 * mounted recovery point), so there is nothing to judge. {@code reason} names the absent subject; checks about
	 * the same subject give the same reason, and reports fold them into one line per reason. Never for evidence that
	 * is missing, failed or unreadable: that is {@link #unknown(String)}.
	 */
	FindingBuilder notApplicable(String reason);

	/** The artifact with this path or, for a glob, the first that matches. */
	Optional<Artifact> artifact(String pathOrGlob);

	/**
	 * True when the collector's manifest was read and lists what the collector did: only then does an artifact that
	 * is absent by nature (a vault credentials file, a failed-file list) mean that the server has none.
	 */
	boolean collectionListed();

	/** True when some artifact matching the path was read (status ok or partial). */
	boolean usable(String pathOrGlob);
}
