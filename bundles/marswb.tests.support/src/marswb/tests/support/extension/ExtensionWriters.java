package marswb.tests.support.extension;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EFactoryImpl;

import marswb.model.server.Located;
import marswb.model.server.ServerPackage;
import marswb.model.server.impl.LocatedImpl;

/**
 * A plugin's model as the tests need it without a generated EPackage: class {@code Writer} (name as ID, state)
 * that extends the core's {@code Located}, so its values keep their artifact lines as a generated plugin class
 * does. Its objects are instances of {@link LocatedImpl} whose class is set to {@code Writer} (what EMF does for a
 * dynamic subclass of a generated class): the core's provenance (a Java interface) works on them, and the plugin's
 * attributes live in EMF's dynamic settings.
 */
public final class ExtensionWriters {

	public static final String NS_URI = "http://marswb/tests/writers/1.0";
	public static final EPackage PACKAGE;
	public static final EClass WRITER;
	public static final EAttribute NAME;
	public static final EAttribute STATE;

	static {
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		PACKAGE = ecore.createEPackage();
		PACKAGE.setName("writers");
		PACKAGE.setNsPrefix("writers");
		PACKAGE.setNsURI(NS_URI);
		WRITER = ecore.createEClass();
		WRITER.setName("Writer");
		WRITER.getESuperTypes().add(ServerPackage.Literals.LOCATED);
		NAME = attribute("name");
		NAME.setID(true);
		STATE = attribute("state");
		PACKAGE.getEClassifiers().add(WRITER);
		// EMF's own factory would make the abstract Located for a dynamic subclass; copies and loaded baselines
		// need this one
		PACKAGE.setEFactoryInstance(new EFactoryImpl() {
			@Override
			public EObject create(EClass eClass) {
				InternalEObject object = new LocatedImpl() {
				};
				object.eSetClass(eClass);
				return object;
			}
		});
		EPackage.Registry.INSTANCE.put(NS_URI, PACKAGE);
	}

	private ExtensionWriters() {
	}

	/** A new, empty writer. */
	public static Located writer() {
		return (Located) PACKAGE.getEFactoryInstance().create(WRITER);
	}

	/** A writer with its name and state set, without provenance. */
	public static Located writer(String name, String state) {
		Located writer = writer();
		writer.eSet(NAME, name);
		writer.eSet(STATE, state);
		return writer;
	}

	private static EAttribute attribute(String name) {
		EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(EcorePackage.Literals.ESTRING);
		WRITER.getEStructuralFeatures().add(attribute);
		return attribute;
	}
}
