package marswb.compare.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * The first root of a baseline file, before the server: its format version, name and when it was saved. A small
 * dynamic package, so that the server model stays the generated one and a reader can check the version before it
 * interprets the rest.
 */
public final class BaselineHeader {

	public static final String NS_URI = "http://marswb/compare/baseline/1.0";
	public static final String CLASS_NAME = "Baseline";
	public static final String FORMAT_VERSION = "formatVersion";

	public static final EPackage PACKAGE;
	private static final EClass HEADER;
	private static final EAttribute VERSION;
	private static final EAttribute NAME;
	private static final EAttribute SAVED_AT;
	private static final EAttribute SOURCE;

	static {
		EcoreFactory f = EcoreFactory.eINSTANCE;
		PACKAGE = f.createEPackage();
		PACKAGE.setName("baseline");
		PACKAGE.setNsPrefix("baseline");
		PACKAGE.setNsURI(NS_URI);
		HEADER = f.createEClass();
		HEADER.setName(CLASS_NAME);
		PACKAGE.getEClassifiers().add(HEADER);
		VERSION = attribute(FORMAT_VERSION, EcorePackage.Literals.EINT);
		NAME = attribute("name", EcorePackage.Literals.ESTRING);
		SAVED_AT = attribute("savedAt", EcorePackage.Literals.ESTRING);
		SOURCE = attribute("sourceBundle", EcorePackage.Literals.ESTRING);
	}

	private BaselineHeader() {
	}

	private static EAttribute attribute(String name, EDataType type) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(type);
		HEADER.getEStructuralFeatures().add(attribute);
		return attribute;
	}

	public static EObject create(int version, String name, String savedAt, String sourceBundle) {
		EObject header = PACKAGE.getEFactoryInstance().create(HEADER);
		header.eSet(VERSION, version);
		header.eSet(NAME, name);
		header.eSet(SAVED_AT, savedAt);
		header.eSet(SOURCE, sourceBundle);
		return header;
	}

	public static boolean is(EObject object) {
		return object.eClass() == HEADER;
	}

	public static String name(EObject header) {
		return (String) header.eGet(NAME);
	}

	public static String savedAt(EObject header) {
		return (String) header.eGet(SAVED_AT);
	}

	public static String sourceBundle(EObject header) {
		return (String) header.eGet(SOURCE);
	}
}
