package marswb.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.engine.CheckDescriptor;
import marswb.engine.spi.FindingBuilder;
import marswb.engine.Outcomes;
import marswb.model.diagnosis.DiagnosisFactory;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;
import marswb.model.provenance.Provenance;
import marswb.model.server.Located;
import marswb.model.server.Origin;

/** Builds one finding pre-filled from its check's descriptor. */
final class DefaultFindingBuilder implements FindingBuilder {

	private static final Pattern REG_HEX = Pattern.compile("hex\\([0-9a-fA-F]+\\):");

	private final Finding finding = DiagnosisFactory.eINSTANCE.createFinding();
	private final List<String> fixIds = new ArrayList<>();
	private final List<String> causeChecks = new ArrayList<>();
	private final Consumer<DefaultFindingBuilder> sink;

	DefaultFindingBuilder(CheckDescriptor descriptor, Outcome outcome, Consumer<DefaultFindingBuilder> sink) {
		this.sink = sink;
		finding.setCheck(descriptor.id());
		finding.setArea(descriptor.area());
		finding.setOutcome(outcome);
		finding.setSeverity(Outcomes.isProblem(outcome) ? descriptor.severity() : Severity.LOW);
		finding.setErrorCode(emptyToNull(descriptor.errorCode()));
		finding.setKb(descriptor.kb());
		finding.getRelatedKb().addAll(descriptor.relatedKb());
		finding.setTitle(descriptor.title(outcome));
	}

	@Override
	public FindingBuilder message(String message) {
		finding.setMessage(message);
		return this;
	}

	@Override
	public FindingBuilder recommendation(String recommendation) {
		finding.setRecommendation(recommendation);
		return this;
	}

	@Override
	public FindingBuilder severity(Severity severity) {
		finding.setSeverity(severity);
		return this;
	}

	@Override
	public FindingBuilder errorCode(String errorCode) {
		finding.setErrorCode(errorCode);
		return this;
	}

	@Override
	public FindingBuilder relatedKb(String anchor) {
		if (!finding.getRelatedKb().contains(anchor) && !anchor.equals(finding.getKb())) {
			finding.getRelatedKb().add(anchor);
		}
		return this;
	}

	@Override
	public FindingBuilder subject(String key) {
		finding.setSubjectKey(key);
		return this;
	}

	@Override
	public FindingBuilder evidence(Located owner, EStructuralFeature feature) {
		Origin origin = Provenance.of(owner, feature).orElse(null);
		Object value = owner.eGet(feature);
		return add(origin == null ? null : origin.getArtifact(), origin == null ? 0 : origin.getLine(),
				readable(origin == null ? null : origin.getRaw(), value), owner);
	}

	/**
	 * The raw text as it stands on its line, unless a reader cannot read it: a .reg {@code hex(N):} value (hex(2)
	 * for REG_EXPAND_SZ, hex(7) for REG_MULTI_SZ) is shown as the text it encodes.
	 */
	private static String readable(String raw, Object value) {
		if (raw == null || raw.isEmpty() || REG_HEX.matcher(raw).lookingAt() && value != null) {
			return value instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining("; "))
					: String.valueOf(value);
		}
		return raw;
	}

	@Override
	public FindingBuilder evidence(Located owner) {
		Origin origin = Provenance.ofObject(owner).orElse(null);
		return add(origin == null ? null : origin.getArtifact(), origin == null ? 0 : origin.getLine(),
				origin == null ? owner.eClass().getName() : origin.getRaw(), owner);
	}

	@Override
	public FindingBuilder evidence(String artifact, int line, String value) {
		return add(artifact, line, value, null);
	}

	private FindingBuilder add(String artifact, int line, String value, Located subject) {
		Evidence evidence = DiagnosisFactory.eINSTANCE.createEvidence();
		evidence.setArtifact(artifact);
		evidence.setLine(line);
		evidence.setValue(value);
		evidence.setSubject(subject);
		finding.getEvidence().add(evidence);
		return this;
	}

	@Override
	public FindingBuilder quickFix(String fixId) {
		fixIds.add(fixId);
		return this;
	}

	@Override
	public FindingBuilder causedBy(String... checkIds) {
		causeChecks.addAll(List.of(checkIds));
		return this;
	}

	@Override
	public Finding add() {
		for (String fixId : fixIds) {
			finding.getQuickFixes().add(finding.getSubjectKey() == null ? fixId : fixId + "@" + finding.getSubjectKey());
		}
		sink.accept(this);
		return finding;
	}

	Finding finding() {
		return finding;
	}

	List<String> causeChecks() {
		return causeChecks;
	}

	private static String emptyToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
