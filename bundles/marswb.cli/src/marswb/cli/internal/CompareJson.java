package marswb.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.compare.Values;
import marswb.compare.Comparison;
import marswb.compare.Difference;
import marswb.compare.FindingDelta;
import marswb.compare.State;
import marswb.model.server.Origin;
import marswb.model.server.Server;

/** The JSON of {@code marswb compare} (docs/schema/compare.schema.json). */
final class CompareJson {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private CompareJson() {
	}

	static ObjectNode document(CompareCommand.Side left, CompareCommand.Side right, Comparison comparison,
			boolean onlyDifferent) {
		ObjectNode document = JSON.objectNode();
		document.put("format", "marswb-comparison/1");
		document.set("left", side(left));
		document.set("right", side(right));
		document.put("sameServer", comparison.sameServer());
		document.put("differenceCount", comparison.count());
		ArrayNode summary = document.putArray("summary");
		for (Comparison.AreaSummary area : comparison.summary()) {
			ObjectNode node = summary.addObject();
			node.put("area", area.area());
			node.put("same", area.same());
			node.put("different", area.different());
			node.put("onlyLeft", area.onlyLeft());
			node.put("onlyRight", area.onlyRight());
			node.put("incomplete", area.incomplete());
			node.put("expected", area.expected());
			node.put("findingsOnlyLeft", area.findingsLeft());
			node.put("findingsOnlyRight", area.findingsRight());
			node.put("findingsBoth", area.findingsBoth());
		}
		ArrayNode differences = document.putArray("differences");
		for (Difference difference : comparison.differences()) {
			if (!onlyDifferent || difference.counts()) {
				differences.add(difference(difference));
			}
		}
		ArrayNode findings = document.putArray("findings");
		for (FindingDelta delta : comparison.findings()) {
			if (!onlyDifferent || delta.counts()) {
				ObjectNode node = findings.addObject();
				node.put("check", delta.check());
				node.put("subject", delta.subject());
				node.put("area", delta.area());
				node.put("left", delta.left() == null ? null : delta.left().getName());
				node.put("right", delta.right() == null ? null : delta.right().getName());
				node.put("state", delta.state().name());
			}
		}
		return document;
	}

	private static ObjectNode side(CompareCommand.Side side) {
		Server server = side.server();
		ObjectNode node = JSON.objectNode();
		node.put("argument", side.argument());
		node.put("baseline", side.baselineName());
		node.put("bundle", server.getBundleName());
		node.put("hostName", server.getHostName());
		node.put("machineId", server.getAgent() == null || server.getAgent().getRegistration() == null ? null
				: server.getAgent().getRegistration().getMachineId());
		return node;
	}

	private static ObjectNode difference(Difference difference) {
		ObjectNode node = JSON.objectNode();
		node.put("area", difference.area());
		node.put("path", difference.path());
		node.put("feature", difference.feature());
		node.put("state", difference.state().name());
		node.put("expected", difference.expected());
		node.set("left", value(difference.left(), difference.leftOrigin(), difference.state() == State.ONLY_RIGHT));
		node.set("right", value(difference.right(), difference.rightOrigin(), difference.state() == State.ONLY_LEFT));
		return node;
	}

	/** The value with its source; JSON null for the side an object is missing from. */
	private static ObjectNode value(Object value, Origin origin, boolean absent) {
		if (absent) {
			return null;
		}
		ObjectNode node = JSON.objectNode();
		node.put("value", Values.text(value));
		node.put("artifact", origin == null ? null : origin.getArtifact());
		if (origin == null) {
			node.putNull("line");
		} else {
			node.put("line", origin.getLine());
		}
		return node;
	}
}
