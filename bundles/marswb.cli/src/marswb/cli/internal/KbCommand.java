package marswb.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.bundle.ErrorCodes;
import marswb.engine.Analyzer;
import marswb.engine.Area;
import marswb.engine.Areas;
import marswb.engine.CheckDescriptor;
import marswb.engine.KbLinks;
import marswb.engine.KbSections;

/**
 * {@code marswb kb [<error code|anchor|words>] [--format text|json] [--lang en|zh-CN]}: every article section and the
 * checks behind it (then every area and its checks), or those a lookup matches: an error code in any form the evidence writes it (230006, 0x1FC07,
 * 130055, -2147024891), an anchor, or words of a section's or a check's title.
 */
final class KbCommand {

	int run(String[] args, PrintStream out) throws UsageException {
		CommandLine line = CommandLine.parse(args, Set.of("--format", "--lang"), Set.of());
		String format = line.choice("--format", "text", Set.of("text", "json"));
		line.choice("--lang", "en", Set.of("en", "zh-CN"));
		String query = line.positional().isEmpty() ? null : String.join(" ", line.positional()).strip();
		List<CheckDescriptor> checks = Analyzer.platform().descriptors();
		Map<String, String> guidance = KbSections.guidanceOnly();
		ArrayNode sections = JsonNodeFactory.instance.arrayNode();
		for (String anchor : KbSections.ANCHORS) {
			List<CheckDescriptor> implementing = checks.stream()
					.filter(c -> anchor.equals(c.kb()) || c.relatedKb().contains(anchor)).toList();
			if (query != null && !matches(query, anchor, implementing)) {
				continue;
			}
			ObjectNode section = sections.addObject();
			section.put("anchor", anchor);
			section.put("title", KbSections.title(anchor));
			section.put("url", KbLinks.url(anchor, Locale.getDefault()));
			section.put("guidanceOnly", guidance.containsKey(anchor));
			section.put("reason", guidance.get(anchor));
			ArrayNode ids = section.putArray("checks");
			implementing.forEach(check -> ids.add(check.id()));
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
		if (query != null) {
			lookup(sections, checks, query, out);
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

	/**
	 * A section matches an error code that one of its checks explains or its title names, its anchor, or words that
	 * all stand in its title, its anchor or the id, title or error code of one of its checks.
	 */
	static boolean matches(String query, String anchor, List<CheckDescriptor> implementing) {
		Optional<String> code = ErrorCodes.normalize(query);
		String title = KbSections.title(anchor);
		if (code.isPresent() && (implementing.stream().anyMatch(c -> code.get().equalsIgnoreCase(c.errorCode()))
				|| title.contains(code.get()))) {
			return true;
		}
		String words = query.toLowerCase(Locale.ROOT);
		if (anchor.equals(words.startsWith("#") ? words.substring(1) : words)) {
			return true;
		}
		StringBuilder text = new StringBuilder(title).append(' ').append(anchor);
		implementing.forEach(c -> text.append(' ').append(c.id()).append(' ').append(c.title()).append(' ')
				.append(c.errorCode() == null ? "" : c.errorCode()));
		String haystack = text.toString().toLowerCase(Locale.ROOT);
		return Arrays.stream(words.split("\\s+")).allMatch(haystack::contains);
	}

	/** The matching sections with their address and, for each check, its error code and title. */
	private static void lookup(ArrayNode sections, List<CheckDescriptor> checks, String query, PrintStream out) {
		if (sections.isEmpty()) {
			out.println(Messages.format(Messages.Kb_noMatch, query));
			return;
		}
		Map<String, CheckDescriptor> byId = new HashMap<>();
		checks.forEach(check -> byId.put(check.id(), check));
		sections.forEach(section -> {
			out.println(section.get("title").asText() + "  #" + section.get("anchor").asText());
			out.println("    " + section.get("url").asText());
			section.get("checks").forEach(id -> {
				CheckDescriptor check = byId.get(id.asText());
				out.println("    " + check.id() + (check.errorCode() == null ? "" : "  " + check.errorCode()) + "  "
						+ check.title());
			});
		});
	}
}
