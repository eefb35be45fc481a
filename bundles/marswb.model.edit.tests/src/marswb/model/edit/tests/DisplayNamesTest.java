package marswb.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

import marswb.model.diagnosis.DiagnosisPackage;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.provider.DiagnosisItemProviderAdapterFactory;
import marswb.model.edit.names.DisplayNames;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage;
import marswb.model.server.Volume;
import marswb.model.server.provider.ServerItemProviderAdapterFactory;

class DisplayNamesTest {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Test
	void everyClassFeatureAndLiteralHasAnEnglishAndAChineseName() throws IOException {
		Properties english = load("/plugin.properties");
		Properties chinese = load("/plugin_zh_CN.properties");
		List<String> missing = new ArrayList<>();
		for (String key : modelKeys()) {
			if (english.getProperty(key, "").isBlank()) {
				missing.add("en " + key);
			}
			if (chinese.getProperty(key, "").isBlank()) {
				missing.add("zh_CN " + key);
			}
		}
		assertEquals(List.of(), missing, "run releng/emf-codegen and name the new keys in both files");
	}

	@Test
	void chineseNamesAreChinese() throws IOException {
		Properties english = load("/plugin.properties");
		Properties chinese = load("/plugin_zh_CN.properties");
		List<String> untranslated = new ArrayList<>();
		for (String key : modelKeys()) {
			String zh = chinese.getProperty(key, "");
			// names that are product or protocol names (.NET Framework, PowerShell, TLS) are the same in both
			if (zh.equals(english.getProperty(key)) && zh.codePoints().anyMatch(Character::isLowerCase)
					&& !zh.contains("PowerShell") && !zh.contains(".NET")) {
				untranslated.add(key + " = " + zh);
			}
		}
		assertEquals(List.of(), untranslated);
	}

	@Test
	void featuresClassesAndLiteralsReadAsWordsInBothLanguages() {
		assertEquals("Free space", DisplayNames.of(ServerPackage.Literals.VOLUME__SIZE_REMAINING, Locale.ENGLISH));
		assertEquals("可用空间", DisplayNames.of(ServerPackage.Literals.VOLUME__SIZE_REMAINING, ZH));
		assertEquals("Shadow copy storage", DisplayNames.of(ServerPackage.Literals.SHADOW_STORAGE, Locale.ENGLISH));
		assertEquals("卷影副本存储", DisplayNames.of(ServerPackage.Literals.SHADOW_STORAGE, ZH));
		assertEquals("失败", DisplayNames.of(Outcome.FAIL, DiagnosisPackage.Literals.OUTCOME, ZH));
		assertEquals("FAIL", DisplayNames.of(Outcome.FAIL, DiagnosisPackage.Literals.OUTCOME, Locale.ENGLISH));
		assertEquals("OnlineBackup.KEK 存在", DisplayNames.of(ServerPackage.Literals.CACHE_SETTINGS__KEK_PRESENT, ZH));
		// a language without a file of its own gets English, not the platform's language
		assertEquals("Free space", DisplayNames.of(ServerPackage.Literals.VOLUME__SIZE_REMAINING, Locale.GERMAN));
	}

	@Test
	void theGeneratedItemProvidersShowTheSameNames() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory(List.of(new ServerItemProviderAdapterFactory(),
				new DiagnosisItemProviderAdapterFactory()));
		try {
			Volume volume = ServerFactory.eINSTANCE.createVolume();
			IItemPropertySource source = (IItemPropertySource) factory.adapt(volume, IItemPropertySource.class);
			List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(volume);
			assertTrue(descriptors.size() >= 8, descriptors.toString());
			for (IItemPropertyDescriptor descriptor : descriptors) {
				EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(volume);
				// the item providers follow the platform's language, which is English in the build
				assertEquals(DisplayNames.of(feature, Locale.ENGLISH), descriptor.getDisplayName(volume));
			}
		} finally {
			factory.dispose();
		}
	}

	private static List<String> modelKeys() {
		List<String> keys = new ArrayList<>();
		for (EPackage ePackage : List.of(ServerPackage.eINSTANCE, DiagnosisPackage.eINSTANCE)) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EClass eClass) {
					keys.add("_UI_" + eClass.getName() + "_type");
					eClass.getEStructuralFeatures().forEach(feature -> keys.add(DisplayNames.featureKey(feature)));
				} else if (classifier instanceof EEnum eEnum) {
					for (EEnumLiteral literal : eEnum.getELiterals()) {
						keys.add("_UI_" + eEnum.getName() + "_" + literal.getName() + "_literal");
					}
				}
			}
		}
		return keys;
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = DisplayNamesTest.class.getResourceAsStream(resource)) {
			properties.load(in);
		}
		return properties;
	}
}
