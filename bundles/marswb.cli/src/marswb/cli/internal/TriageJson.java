package marswb.cli.internal;

import java.io.PrintStream;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.model.diagnosis.Outcome;
import marswb.triage.TriageRow;

/**
 * The triage rows as JSON Lines: one object per bundle on one line, worst first (docs/schema/triage.schema.json), for
 * loading into a data tool line by line.
 */
final class TriageJson {

	static final String FORMAT = "marswb-triage/1";
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private TriageJson() {
	}

	static void print(List<TriageRow> rows, PrintStream out) {
		rows.forEach(row -> out.println(object(row).toString()));
	}

	static ObjectNode object(TriageRow row) {
		ObjectNode node = NODES.objectNode();
		node.put("format", FORMAT);
		node.put("bundle", row.bundle());
		node.put("host", row.host());
		node.put("agentVersion", row.agentVersion());
		node.put("collectedAtUtc", TriageCsv.utc(row));
		ArrayNode inferred = node.putArray("inferred");
		row.inferred().forEach(inferred::add);
		node.put("worst", row.worst() == null ? null : row.worst().getLiteral());
		ObjectNode summary = node.putObject("summary");
		Outcome.VALUES.forEach(outcome -> summary.put(outcome.getLiteral(), row.counts().get(outcome)));
		ArrayNode fails = node.putArray("fails");
		for (TriageRow.Fail fail : row.fails()) {
			fails.addObject().put("check", fail.check()).put("subject", fail.subject()).put("title", fail.title());
		}
		node.put("error", row.error());
		return node;
	}
}
