package marswb.ui.internal.bundles;

import java.util.Collection;
import java.util.Comparator;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;

/** One light background per outcome, red for FAIL to green for PASS, so that the worst one shows at a glance. */
public final class OutcomeColors {

	private OutcomeColors() {
	}

	/** The background of {@code outcome}; null for NOT_APPLICABLE, which asks for no attention. */
	public static Color of(Outcome outcome) {
		RGB rgb = switch (outcome) {
		case FAIL -> new RGB(255, 205, 210);
		case ERROR -> new RGB(248, 187, 208);
		case WARN -> new RGB(255, 224, 178);
		case UNKNOWN -> new RGB(207, 216, 220);
		case INFO -> new RGB(187, 222, 251);
		case PASS -> new RGB(200, 230, 201);
		case NOT_APPLICABLE -> null;
		};
		if (rgb == null) {
			return null;
		}
		String key = "marswb.ui.outcome." + outcome.getName();
		ColorRegistry colors = JFaceResources.getColorRegistry();
		if (!colors.hasValueFor(key)) {
			colors.put(key, rgb);
		}
		return colors.get(key);
	}

	/** The worst outcome among the findings (FAIL before ERROR ... before NOT_APPLICABLE); null for none. */
	public static Outcome worst(Collection<Finding> findings) {
		return findings.stream().map(Finding::getOutcome).min(Comparator.comparingInt(Outcome::getValue))
				.orElse(null);
	}
}
