package marswb.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.triage.TriageRow;

/**
 * {@code triage --by-check}: the table turned around, so that "which servers show this error" is one look. One group
 * per check that FAILs somewhere, the check failing on the most servers first; in each, the servers in the order of
 * the triage (worst first), with the object the FAIL is about.
 */
final class TriageByCheck {

	static final String FORMAT = "marswb-triage-by-check/1";

	/** A check and the FAIL findings it gave, one per server and subject. */
	record Group(String check, String title, List<Server> servers) {

		long serverCount() {
			return servers.stream().map(Server::bundle).distinct().count();
		}
	}

	record Server(String host, String bundle, String subject) {
	}

	private TriageByCheck() {
	}

	/** The rows must come worst first; unreadable bundles have no FAIL and so appear in no group. */
	static List<Group> groups(List<TriageRow> rows) {
		Map<String, Group> byCheck = new LinkedHashMap<>();
		for (TriageRow row : rows) {
			for (TriageRow.Fail fail : row.fails()) {
				byCheck.computeIfAbsent(fail.check(), check -> new Group(check, fail.title(), new ArrayList<>()))
						.servers().add(new Server(row.host(), row.bundle(), fail.subject()));
			}
		}
		List<Group> groups = new ArrayList<>(byCheck.values());
		groups.sort(Comparator.comparingLong(Group::serverCount).reversed().thenComparing(Group::check));
		return groups;
	}

	static void print(String format, List<TriageRow> rows, PrintStream out) {
		List<Group> groups = groups(rows);
		switch (format) {
		case "csv" -> csv(groups, out);
		case "jsonl" -> jsonl(groups, out);
		default -> text(groups, rows, out);
		}
	}

	private static void text(List<Group> groups, List<TriageRow> rows, PrintStream out) {
		for (Group group : groups) {
			out.println(Messages.format(Messages.Triage_byCheckGroup, group.check(), group.serverCount(), group.title()));
			for (Server server : group.servers()) {
				out.println("    " + (server.host() == null ? "-" : server.host())
						+ (server.subject() == null ? "" : "  [" + server.subject() + "]") + "  " + server.bundle());
			}
		}
		out.println(Messages.format(Messages.Triage_byCheckSummary, groups.size(), TriageText.summary(rows)));
	}

	private static void csv(List<Group> groups, PrintStream out) {
		TriageCsv.record(List.of("check", "title", "host", "subject", "bundle"), out);
		for (Group group : groups) {
			for (Server server : group.servers()) {
				// a list, not List.of: host and subject may be null, which record writes as empty fields
				TriageCsv.record(Arrays.asList(group.check(), group.title(), server.host(), server.subject(),
						server.bundle()), out);
			}
		}
	}

	private static void jsonl(List<Group> groups, PrintStream out) {
		for (Group group : groups) {
			ObjectNode node = JsonNodeFactory.instance.objectNode();
			node.put("format", FORMAT);
			node.put("check", group.check());
			node.put("title", group.title());
			node.put("serverCount", group.serverCount());
			ArrayNode servers = node.putArray("servers");
			for (Server server : group.servers()) {
				servers.addObject().put("host", server.host()).put("bundle", server.bundle())
						.put("subject", server.subject());
			}
			out.println(node.toString());
		}
	}
}
