package marswb.cli.internal;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.model.server.Located;
import marswb.model.server.Origin;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage;

/**
 * Writes the server model as JSON by walking its Ecore structure: every attribute under its Ecore name (null when
 * unknown), every containment nested, and a {@code sources} map from attribute to {@code artifact:line}. Because the
 * JSON follows the Ecore, docs/schema/show.schema.json is generated from the same Ecore ({@link ModelJsonSchema}).
 * Objects of a plugin's EPackage in {@code Server.extensions} are walked the same way; their {@code eClass} names
 * their class, since the schema cannot know it.
 */
public final class ModelJson {

	/** Identifies the document shape; bumped on incompatible changes. */
	public static final String SHOW_FORMAT = "marswb-show/1";
	static final String SOURCES = "sources";
	/** Names the class of an extension object: {@code nsURI#ClassName}. */
	static final String ECLASS = "eClass";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ModelJson() {
	}

	public static ObjectNode showDocument(Server server) {
		ObjectNode document = NODES.objectNode();
		document.put("format", SHOW_FORMAT);
		document.put("bundle", server.getBundleName());
		document.set("server", toJson(server));
		return document;
	}

	public static ObjectNode toJson(EObject object) {
		ObjectNode node = NODES.objectNode();
		if (object.eClass().getEPackage() != ServerPackage.eINSTANCE) {
			node.put(ECLASS, eClassName(object.eClass()));
		}
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature == ServerPackage.Literals.LOCATED__ORIGINS || feature.isTransient()) {
				continue;
			}
			if (feature instanceof EAttribute attribute) {
				node.set(feature.getName(), attributeValue(object, attribute));
			} else if (feature instanceof EReference reference && reference.isContainment()) {
				node.set(feature.getName(), containmentValue(object, reference));
			}
		}
		if (object instanceof Located located && !located.getOrigins().isEmpty()) {
			node.set(SOURCES, sources(located));
		}
		return node;
	}

	/** {@code nsURI#ClassName}: the namespace URI tells two plugins' classes of the same name apart. */
	static String eClassName(EClass eClass) {
		return eClass.getEPackage().getNsURI() + "#" + eClass.getName();
	}

	private static JsonNode attributeValue(EObject object, EAttribute attribute) {
		Object value = object.eGet(attribute);
		if (attribute.isMany()) {
			ArrayNode array = NODES.arrayNode();
			((List<?>) value).forEach(item -> array.add(scalar(item)));
			return array;
		}
		return scalar(value);
	}

	private static JsonNode containmentValue(EObject object, EReference reference) {
		Object value = object.eGet(reference);
		if (reference.isMany()) {
			ArrayNode array = NODES.arrayNode();
			((List<?>) value).forEach(item -> array.add(toJson((EObject) item)));
			return array;
		}
		return value == null ? NODES.nullNode() : toJson((EObject) value);
	}

	private static JsonNode scalar(Object value) {
		if (value == null) {
			return NODES.nullNode();
		}
		if (value instanceof Boolean b) {
			return NODES.booleanNode(b);
		}
		if (value instanceof Integer i) {
			return NODES.numberNode(i);
		}
		if (value instanceof Long l) {
			return NODES.numberNode(l);
		}
		if (value instanceof Date date) {
			return NODES.textNode(Instant.ofEpochMilli(date.getTime()).toString());
		}
		if (value instanceof Enumerator enumerator) {
			return NODES.textNode(enumerator.getLiteral());
		}
		return NODES.textNode(value.toString());
	}

	private static ObjectNode sources(Located located) {
		ObjectNode sources = NODES.objectNode();
		for (Origin origin : located.getOrigins()) {
			String key = origin.getFeature().isEmpty() ? "" : origin.getFeature();
			if (origin.getIndex() >= 0) {
				key += "[" + origin.getIndex() + "]";
			}
			sources.put(key, origin.getArtifact() + ":" + origin.getLine());
		}
		return sources;
	}
}
