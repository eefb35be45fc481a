package marswb.model.edit.names;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The names people read for the model's classes, features and enumeration literals, in English and Simplified
 * Chinese. They are the EMF.Edit keys of this bundle's plugin.properties ({@code _UI_<Class>_<feature>_feature},
 * {@code _UI_<Class>_type}, {@code _UI_<Enum>_<LITERAL>_literal}), which the generated item providers read too, so
 * the workbench's property sheet, the command line and the reports say the same. Machine output (JSON, baselines)
 * keeps the model's names and does not come here. Headless: no UI class is involved.
 */
public final class DisplayNames {

	private DisplayNames() {
	}

	/** The feature's display name in the platform's language. */
	public static String of(EStructuralFeature feature) {
		return of(feature, Locale.getDefault());
	}

	/** The feature's display name in {@code locale}, e.g. "Free space" for {@code Volume.sizeRemaining}. */
	public static String of(EStructuralFeature feature, Locale locale) {
		return lookup(featureKey(feature), feature.getName(), locale);
	}

	/** The class's display name in the platform's language. */
	public static String of(EClass eClass) {
		return of(eClass, Locale.getDefault());
	}

	/** The class's display name in {@code locale}, e.g. "Shadow copy storage" for {@code ShadowStorage}. */
	public static String of(EClass eClass, Locale locale) {
		return lookup("_UI_" + eClass.getName() + "_type", eClass.getName(), locale);
	}

	/** An enumeration value of the model as a word in the platform's language. */
	public static String of(Enumerator literal, EEnum type) {
		return of(literal, type, Locale.getDefault());
	}

	/** An enumeration value of the model as a word in {@code locale}, e.g. 失败 for {@code Outcome.FAIL} in Chinese. */
	public static String of(Enumerator literal, EEnum type, Locale locale) {
		return lookup("_UI_" + type.getName() + "_" + literal.getName() + "_literal", literal.getLiteral(), locale);
	}

	/** The EMF.Edit key of a feature's display name. */
	public static String featureKey(EStructuralFeature feature) {
		return "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature";
	}

	private static String lookup(String key, String modelName, Locale locale) {
		try {
			return bundle(locale).getString(key);
		} catch (MissingResourceException e) {
			// a feature added to the .ecore before codegen ran again; DisplayNamesTest fails on it in the build
			return modelName;
		}
	}

	private static ResourceBundle bundle(Locale locale) {
		// plugin.properties sits at the root of this bundle, where its class loader finds it; the platform's own
		// locale must not stand in for a language that has no file, so English is the only fallback
		return ResourceBundle.getBundle("plugin", locale, DisplayNames.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
