package marswb.engine.spi;

import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Severity;
import marswb.model.server.Located;

/**
 * Fills one finding; every text in the current language (the area's NLS messages).
 *
 * @since 0.1
 * @noimplement The engine hands out builders through CheckContext; checks use them and never implement them.
 */
public interface FindingBuilder {

	FindingBuilder message(String message);

	FindingBuilder recommendation(String recommendation);

	/** Overrides the check's declared severity. */
	FindingBuilder severity(Severity severity);

	/** Overrides the check's declared error code, e.g. when evidence shows another one of its codes. */
	FindingBuilder errorCode(String errorCode);

	FindingBuilder relatedKb(String anchor);

	/** Natural key of the model object the finding is about (task path, volume letter, ...). */
	FindingBuilder subject(String key);

	/** Evidence: the value of {@code feature} of {@code owner}, located at the artifact line it was read from. */
	FindingBuilder evidence(Located owner, EStructuralFeature feature);

	/** Evidence: the object as a whole (where it was read from). */
	FindingBuilder evidence(Located owner);

	/** Evidence known only by its place, e.g. the manifest entry of an artifact that failed in collection. */
	FindingBuilder evidence(String artifact, int line, String value);

	/** Offers a quick-fix; its instance id is {@code fixId@subject} when the finding has a subject. */
	FindingBuilder quickFix(String fixId);

	/** Findings (FAIL or WARN) of these checks, if any, are linked as causes once every check has run. */
	FindingBuilder causedBy(String... checkIds);

	Finding add();
}
