package marswb.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;

import marswb.compare.internal.Keys;
import marswb.compare.internal.Masks;
import marswb.model.server.ServerPackage;

class KeysTest {

	/** A list class added to the model without a natural key would be matched by nothing: the table must grow. */
	@Test
	void everyClassInAListOfTheModelHasANaturalKey() {
		for (boolean sameServer : new boolean[] { true, false }) {
			Keys keys = new Keys(sameServer, new Masks(List.of()));
			List<String> missing = new ArrayList<>();
			for (EClassifier classifier : ServerPackage.eINSTANCE.getEClassifiers()) {
				if (classifier instanceof EClass eClass) {
					for (EReference reference : eClass.getEReferences()) {
						EClass type = reference.getEReferenceType();
						if (reference.isContainment() && reference.isMany()
								&& reference != ServerPackage.eINSTANCE.getLocated_Origins() && !keys.has(type)) {
							missing.add(eClass.getName() + "." + reference.getName());
						}
					}
				}
			}
			assertEquals(List.of(), missing);
		}
	}
}
