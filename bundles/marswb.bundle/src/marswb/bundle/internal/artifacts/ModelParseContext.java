package marswb.bundle.internal.artifacts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.bundle.spi.ParseContext;
import marswb.model.provenance.Provenance;
import marswb.model.server.Located;
import marswb.model.server.Server;

/** The parse context of one artifact: writes into the shared model and collects the artifact's problems. */
public final class ModelParseContext implements ParseContext {

	private final Server server;
	private final String artifactPath;
	private final List<String> problems = new ArrayList<>();

	public ModelParseContext(Server server, String artifactPath) {
		this.server = server;
		this.artifactPath = artifactPath;
	}

	@Override
	public Server server() {
		return server;
	}

	@Override
	public String artifactPath() {
		return artifactPath;
	}

	@Override
	public void set(Located owner, EStructuralFeature feature, Object value, int line, String raw) {
		if (inDomain(feature, value, line, raw)) {
			Provenance.set(owner, feature, value, artifactPath, line, raw);
		}
	}

	@Override
	public void add(Located owner, EStructuralFeature feature, Object value, int line, String raw) {
		if (inDomain(feature, value, line, raw)) {
			Provenance.add(owner, feature, value, artifactPath, line, raw);
		}
	}

	/** Every parser's values pass here, so an impossible one is reported and left out whichever parser read it. */
	private boolean inDomain(EStructuralFeature feature, Object value, int line, String raw) {
		String outside = ValueDomains.outside(feature, value);
		if (outside != null) {
			problem(ValueDomains.notRead(feature.getName(), raw, line, outside));
		}
		return outside == null;
	}

	@Override
	public void located(Located owner, int line, String raw) {
		Provenance.located(owner, artifactPath, line, raw);
	}

	@Override
	public void problem(String message) {
		problems.add(message);
	}

	public List<String> problems() {
		return problems;
	}

	@Override
	public Optional<Instant> collectedAtUtc() {
		return Optional.ofNullable(server.getCollectedAtUtc()).map(java.util.Date::toInstant);
	}

	@Override
	public Optional<ZoneOffset> collectionOffset() {
		Integer minutes = server.getLocalUtcOffsetMinutes();
		return minutes == null ? Optional.empty() : Optional.of(ZoneOffset.ofTotalSeconds(minutes * 60));
	}
}
