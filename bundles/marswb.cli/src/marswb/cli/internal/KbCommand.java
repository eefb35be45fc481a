package marswb.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.engine.Analyzer;
import marswb.engine.Area;
import marswb.engine.Areas;
import marswb.engine.CheckDescriptor;
import marswb.engine.KbLinks;
import marswb.engine.KbSections;

/** {@code marswb kb [--format text|json] [--lang en|zh-CN]}: every article section and the checks behind it, then every area and its checks. */
final class KbCommand {

	int run(String[] args, PrintStream out) throws UsageException {
		CommandLine line = CommandLine.parse(args, Set.of("--format", "--lang"), Set.of());
		String format = line.choice("--format", "text", Set.of("text", "json"));
		line.choice("--lang", "en", Set.of("en", "zh-CN"));
		if (!line.positional().isEmpty()) {
			throw new UsageException(Messages.format(Messages.Usage_unexpected, line.positional().get(0)));
		}
		List<CheckDescriptor> checks = Analyzer.platform().descriptors();
		Map<String, String> guidance = KbSections.guidanceOnly();
		ArrayNode sections = JsonNodeFactory.instance.arrayNode();
		for (String anchor : KbSections.ANCHORS) {
			List<String> implementing = checks.stream().filter(c -> anchor.equals(c.kb()) || c.relatedKb().contains(anchor))
					.map(CheckDescriptor::id).toList();
			ObjectNode section = sections.addObject();
			section.put("anchor", anchor);
			section.put("title", KbSections.title(anchor));
			section.put("url", KbLinks.url(anchor, Locale.getDefault()));
			section.put("guidanceOnly", guidance.containsKey(anchor));
			section.put("reason", guidance.get(anchor));
			ArrayNode ids = section.putArray("checks");
			implementing.forEach(ids::add);
		}
		ArrayNode areas = JsonNodeFactory.instance.arrayNode();
		for (Area area : Areas.platform().all()) {
			ObjectNode node = areas.addObject();
			node.put("id", area.id());
			node.put("name", area.name());
			ArrayNode ids = node.putArray("checks");
			checks.stream().filter(c -> c.area().equals(area.id())).forEach(c -> ids.addObject().put("id", c.id())
					.put("title", c.title()));
		}
		if (format.equals("json")) {
			ObjectNode document = JsonNodeFactory.instance.objectNode();
			document.put("format", "marswb-kb/1");
			document.set("sections", sections);
			document.set("areas", areas);
			out.println(PrettyJson.of(document));
			return Cli.EXIT_OK;
		}
		sections.forEach(section -> {
			out.println(section.get("title").asText() + "  #" + section.get("anchor").asText());
			if (section.get("guidanceOnly").asBoolean()) {
				out.println("    " + Messages.format(Messages.Kb_guidanceOnly, section.get("reason").asText()));
			} else if (section.get("checks").isEmpty()) {
				out.println("    " + Messages.Kb_notCovered);
			}
			section.get("checks").forEach(id -> out.println("    " + id.asText()));
		});
		out.println();
		out.println(Messages.Kb_areas);
		areas.forEach(area -> {
			out.println(area.get("name").asText() + "  [" + area.get("id").asText() + "]");
			area.get("checks").forEach(c -> out.println("    " + c.get("id").asText() + "  " + c.get("title").asText()));
		});
		return Cli.EXIT_OK;
	}
}
