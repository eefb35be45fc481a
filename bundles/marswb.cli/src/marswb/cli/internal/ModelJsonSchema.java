package marswb.cli.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.model.server.ServerPackage;

/**
 * The JSON Schema of {@code marswb show --format json}, derived from the same Ecore that {@link ModelJson} walks,
 * so the two cannot drift apart. docs/schema/show.schema.json is this schema; a test keeps the file current.
 */
public final class ModelJsonSchema {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ModelJsonSchema() {
	}

	public static ObjectNode showSchema() {
		ObjectNode schema = NODES.objectNode();
		schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		schema.put("$id", "marswb-show-1.schema.json");
		schema.put("title", "marswb show --format json");
		schema.put("description", "The MARS configuration of one server as read from one diagnostic bundle. "
				+ "Generated from the model's Ecore (bundles/marswb.model/model/server.ecore).");
		schema.put("type", "object");
		schema.put("additionalProperties", false);
		schema.set("required", NODES.arrayNode().add("format").add("bundle").add("server"));
		ObjectNode properties = schema.putObject("properties");
		properties.putObject("format").put("const", ModelJson.SHOW_FORMAT);
		properties.set("bundle", nullable("string"));
		properties.putObject("server").put("$ref", "#/$defs/Server");
		ObjectNode definitions = schema.putObject("$defs");
		for (EClassifier classifier : ServerPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract()
					&& eClass != ServerPackage.Literals.ORIGIN) {
				definitions.set(eClass.getName(), classSchema(eClass));
			}
		}
		return schema;
	}

	private static ObjectNode classSchema(EClass eClass) {
		ObjectNode schema = NODES.objectNode();
		describe(schema, EcoreUtil.getDocumentation(eClass));
		schema.put("type", "object");
		schema.put("additionalProperties", false);
		ArrayNode required = schema.putArray("required");
		ObjectNode properties = schema.putObject("properties");
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature == ServerPackage.Literals.LOCATED__ORIGINS || feature.isTransient()) {
				continue;
			}
			ObjectNode property;
			if (feature instanceof EAttribute attribute) {
				property = attributeSchema(attribute);
			} else if (feature instanceof EReference reference && reference.isContainment()) {
				property = referenceSchema(reference);
			} else {
				continue;
			}
			describe(property, EcoreUtil.getDocumentation(feature));
			properties.set(feature.getName(), property);
			required.add(feature.getName());
		}
		if (ServerPackage.Literals.LOCATED.isSuperTypeOf(eClass)) {
			sourcesSchema(properties);
		}
		return schema;
	}

	private static ObjectNode attributeSchema(EAttribute attribute) {
		ObjectNode item = scalarSchema(attribute.getEAttributeType(), !attribute.isMany());
		if (!attribute.isMany()) {
			return item;
		}
		ObjectNode array = NODES.objectNode();
		array.put("type", "array");
		array.set("items", item);
		return array;
	}

	private static ObjectNode scalarSchema(EDataType type, boolean nullableIfObject) {
		if (type instanceof EEnum eEnum) {
			ObjectNode schema = NODES.objectNode();
			ArrayNode values = schema.putArray("enum");
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				values.add(literal.getLiteral());
			}
			values.addNull();
			return schema;
		}
		Class<?> instanceClass = type.getInstanceClass();
		boolean primitive = instanceClass.isPrimitive();
		String jsonType;
		if (instanceClass == int.class || instanceClass == long.class || instanceClass == Integer.class
				|| instanceClass == Long.class) {
			jsonType = "integer";
		} else if (instanceClass == boolean.class || instanceClass == Boolean.class) {
			jsonType = "boolean";
		} else {
			jsonType = "string";
		}
		ObjectNode schema = primitive || !nullableIfObject ? NODES.objectNode().put("type", jsonType)
				: nullable(jsonType);
		if (instanceClass == java.util.Date.class) {
			schema.put("format", "date-time");
		}
		return schema;
	}

	private static ObjectNode referenceSchema(EReference reference) {
		if (reference.getEReferenceType() == EcorePackage.Literals.EOBJECT) {
			return NODES.objectNode().put("type", "array").set("items", extensionSchema());
		}
		ObjectNode ref = NODES.objectNode().put("$ref", "#/$defs/" + reference.getEReferenceType().getName());
		if (reference.isMany()) {
			ObjectNode array = NODES.objectNode();
			array.put("type", "array");
			array.set("items", ref);
			return array;
		}
		ObjectNode either = NODES.objectNode();
		either.putArray("anyOf").add(ref).add(NODES.objectNode().put("type", "null"));
		return either;
	}

	/**
	 * An object of a plugin's EPackage: its class is known only at run time, so the schema fixes what every such
	 * object has (its class name and, when it remembers them, its sources) and lets its attributes through.
	 */
	private static ObjectNode extensionSchema() {
		ObjectNode schema = NODES.objectNode();
		schema.put("type", "object");
		schema.set("required", NODES.arrayNode().add(ModelJson.ECLASS));
		ObjectNode properties = schema.putObject("properties");
		properties.putObject(ModelJson.ECLASS).put("type", "string").put("pattern", "^.+#[A-Za-z_][A-Za-z0-9_]*$")
				.put("description", "The object's class: namespace URI of its EPackage, '#', class name.");
		sourcesSchema(properties);
		return schema;
	}

	private static void sourcesSchema(ObjectNode properties) {
		ObjectNode sources = properties.putObject(ModelJson.SOURCES);
		sources.put("description", "Where each value came from: attribute name (with [index] for list items; "
				+ "\"\" for the object itself) to artifact:line.");
		sources.put("type", "object");
		sources.putObject("additionalProperties").put("type", "string").put("pattern", "^.+:[0-9]+$");
	}

	private static ObjectNode nullable(String type) {
		ObjectNode schema = NODES.objectNode();
		schema.putArray("type").add(type).add("null");
		return schema;
	}

	private static void describe(ObjectNode schema, String documentation) {
		if (documentation != null) {
			schema.put("description", documentation);
		}
	}
}
