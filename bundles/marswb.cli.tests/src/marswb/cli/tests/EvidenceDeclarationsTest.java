package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.engine.Analyzer;
import marswb.engine.CheckDescriptor;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.provenance.ArtifactPaths;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Located;
import marswb.model.server.Origin;
import marswb.model.server.Server;

/**
 * Every installed check reads only the artifacts it declares: on a copy of the model that keeps only the values
 * read from its declared evidence (by their provenance) and marks every other artifact missing, it concludes
 * exactly as on the whole model. A check that reads an undeclared artifact comes out differently and is named.
 */
class EvidenceDeclarationsTest {

	/** The manifest is every check's context: the collection time, the UTC offset, what the collector did. */
	private static final String MANIFEST = "manifest.json";

	@ParameterizedTest
	@MethodSource("marswb.cli.tests.ShowCommandTest#samples")
	void everyCheckConcludesAlikeOnItsDeclaredEvidenceAlone(Path sample) throws BundleOpenException {
		Server server = BundleReader.read(sample);
		Analyzer analyzer = Analyzer.platform();
		List<String> undeclared = new ArrayList<>();
		for (CheckDescriptor check : analyzer.descriptors()) {
			Predicate<CheckDescriptor> only = d -> d.id().equals(check.id());
			List<String> whole = conclusions(analyzer.analyze(server, only).diagnosis().getFindings());
			List<String> alone = conclusions(
					analyzer.analyze(declaredOnly(server, check.evidence()), only).diagnosis().getFindings());
			if (!whole.equals(alone)) {
				undeclared.add(check.id() + " declares " + check.evidence() + "\n  with everything: " + whole
						+ "\n  with its evidence alone: " + alone);
			}
		}
		assertEquals("", String.join("\n", undeclared));
	}

	private static List<String> conclusions(List<Finding> findings) {
		List<String> result = new ArrayList<>();
		for (Finding finding : findings) {
			StringBuilder text = new StringBuilder(finding.getOutcome() + " " + finding.getSubjectKey() + " "
					+ finding.getMessage());
			for (Evidence evidence : finding.getEvidence()) {
				text.append(" | ").append(evidence.getArtifact()).append(':').append(evidence.getLine());
			}
			result.add(text.toString());
		}
		return result;
	}

	/** A copy of the model as if the bundle held only the manifest and the declared artifacts. */
	static Server declaredOnly(Server server, List<String> declared) {
		Predicate<String> kept = artifact -> artifact == null || artifact.equals(MANIFEST)
				|| declared.stream().anyMatch(glob -> ArtifactPaths.matches(glob, artifact));
		Server copy = EcoreUtil.copy(server);
		copy.getArtifacts().stream().filter(a -> !kept.test(a.getPath())).forEach(a -> {
			a.setStatus(ArtifactStatus.MISSING);
			a.setMessage(null);
		});
		List<Located> located = new ArrayList<>();
		copy.eAllContents().forEachRemaining(o -> {
			if (o instanceof Located l && !copy.getArtifacts().contains(o)) {
				located.add(l);
			}
		});
		located.add(copy);
		for (Located object : located) {
			if (object != copy && readFromElsewhere(object, kept)) {
				EcoreUtil.remove(object);
				continue;
			}
			for (Origin origin : List.copyOf(object.getOrigins())) {
				EStructuralFeature feature = object.eClass().getEStructuralFeature(origin.getFeature());
				if (feature != null && !feature.isMany() && !kept.test(origin.getArtifact())) {
					object.eUnset(feature);
				}
			}
		}
		return copy;
	}

	/** The object as a whole was read from an artifact that is not kept. */
	private static boolean readFromElsewhere(Located object, Predicate<String> kept) {
		Optional<Origin> whole = object.getOrigins().stream().filter(o -> o.getFeature().isEmpty()).findFirst();
		if (whole.isPresent()) {
			return !kept.test(whole.get().getArtifact());
		}
		return !object.getOrigins().isEmpty() && object.getOrigins().stream().noneMatch(o -> kept.test(o.getArtifact()));
	}
}
