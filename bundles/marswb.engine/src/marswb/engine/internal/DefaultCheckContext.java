package marswb.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.CheckContext;
import marswb.engine.CheckDescriptor;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.provenance.ArtifactPaths;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Server;

/** The context of one check run; collects the findings it reports. */
final class DefaultCheckContext implements CheckContext {

	private static final String MANIFEST = "manifest.json";

	private final Server server;
	private final CheckDescriptor descriptor;
	private final List<DefaultFindingBuilder> reported = new ArrayList<>();

	DefaultCheckContext(Server server, CheckDescriptor descriptor) {
		this.server = server;
		this.descriptor = descriptor;
	}

	@Override
	public Server server() {
		return server;
	}

	@Override
	public CheckDescriptor descriptor() {
		return descriptor;
	}

	@Override
	public FindingBuilder finding(Outcome outcome) {
		return new DefaultFindingBuilder(descriptor, outcome, this::report);
	}

	private synchronized void report(DefaultFindingBuilder builder) {
		reported.add(builder);
	}

	synchronized List<DefaultFindingBuilder> reported() {
		return List.copyOf(reported);
	}

	@Override
	public FindingBuilder notApplicable(String reason) {
		return finding(Outcome.NOT_APPLICABLE).message(reason);
	}

	@Override
	public FindingBuilder unknown(String artifactPath) {
		Optional<Artifact> artifact = artifact(artifactPath);
		String state;
		String command = null;
		if (artifact.isEmpty() || artifact.get().getStatus() == ArtifactStatus.MISSING) {
			state = Messages.Unknown_missing;
		} else {
			Artifact found = artifact.get();
			command = found.getCommand();
			state = NLS.bind(Messages.Unknown_status, found.getStatus().getLiteral(),
					found.getMessage() == null ? "" : found.getMessage());
		}
		FindingBuilder builder = finding(Outcome.UNKNOWN)
				.message(NLS.bind(Messages.Unknown_message, artifactPath, state))
				.recommendation(command == null ? NLS.bind(Messages.Unknown_collect, artifactPath)
						: NLS.bind(Messages.Unknown_collectWith, artifactPath, command));
		// the artifact with its status and no line is what MissingEvidence recognizes, and what
		// `marswb collector --only-missing` turns into the collector's -Items
		builder.evidence(artifact.map(Artifact::getPath).orElse(artifactPath), 0,
				artifact.map(a -> a.getStatus().getLiteral()).orElse(ArtifactStatus.MISSING.getLiteral()));
		return builder;
	}

	@Override
	public Optional<Artifact> artifact(String pathOrGlob) {
		Optional<Artifact> exact = server.getArtifacts().stream().filter(a -> a.getPath().equals(pathOrGlob))
				.findFirst();
		if (exact.isPresent()) {
			return exact;
		}
		return server.getArtifacts().stream().filter(a -> ArtifactPaths.matches(pathOrGlob, a.getPath())).findFirst();
	}

	@Override
	public boolean collectionListed() {
		return usable(MANIFEST) && server.getArtifacts().stream().anyMatch(a -> a.getManifestStatus() != null);
	}

	@Override
	public boolean usable(String pathOrGlob) {
		return server.getArtifacts().stream().filter(a -> ArtifactPaths.matches(pathOrGlob, a.getPath()))
				.anyMatch(a -> a.getStatus() == ArtifactStatus.OK || a.getStatus() == ArtifactStatus.PARTIAL);
	}
}
