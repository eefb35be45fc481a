package marswb.redact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The private map from real values to pseudonyms, per kind. A pseudonym is the next free number of its kind, so the
 * same map given again to the next bundle of the same customer keeps every earlier value's pseudonym and only adds
 * new ones. Real values are keyed in lower case (Windows names, GUIDs and addresses are case-insensitive); the case
 * of an occurrence is applied to its pseudonym when written. The file keeps each real value as first seen, so
 * that {@link #realValues()} gives names back as the customer wrote them.
 *
 * @since 0.1
 */
public final class RedactionMap {

	public static final String FORMAT = "marswb-redaction-map/1";

	/** What a value is; each kind has its own numbering and a pseudonym of the shape its parsers expect. */
	public enum Kind {
		HOST("host"), DOMAIN("domain"), NETBIOS_DOMAIN("netbiosDomain"), USER("user"), VAULT("vault"),
		RESOURCE_GROUP("resourceGroup"), RESOURCE_ID("resourceId"), GUID("guid"), IPV4("ipv4"), IPV6("ipv6"),
		THUMBPRINT("thumbprint"), PROXY("proxy"), PATH("path");

		public final String json;

		Kind(String json) {
			this.json = json;
		}
	}

	/** Documentation address blocks (RFC 5737), 253 usable addresses each. */
	private static final String[] IPV4_BLOCKS = { "192.0.2.", "198.51.100.", "203.0.113." };

	private final Map<Kind, Map<String, String>> values = new EnumMap<>(Kind.class);
	/** Per kind, the lower-case key to the value as first seen. */
	private final Map<Kind, Map<String, String>> spellings = new EnumMap<>(Kind.class);

	public RedactionMap() {
		for (Kind kind : Kind.values()) {
			values.put(kind, new LinkedHashMap<>());
			spellings.put(kind, new LinkedHashMap<>());
		}
	}

	/** Reads a map written by {@link #save}; a map of another format is refused rather than half reused. */
	public static RedactionMap load(Path file) throws IOException {
		JsonNode root = new ObjectMapper().readTree(file.toFile());
		if (root == null || !FORMAT.equals(root.path("format").asText())) {
			throw new IOException(file + " is not a redaction map (" + FORMAT + ")");
		}
		RedactionMap map = new RedactionMap();
		for (Kind kind : Kind.values()) {
			JsonNode entries = root.path("values").path(kind.json);
			for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> entry = it.next();
				String key = entry.getKey().toLowerCase(Locale.ROOT);
				map.values.get(kind).put(key, entry.getValue().asText());
				map.spellings.get(kind).put(key, entry.getKey());
			}
		}
		return map;
	}

	/** Writes the map beside the target and moves it into place, so an interrupted run keeps the old map whole. */
	public void save(Path file) throws IOException {
		ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		ObjectNode root = json.createObjectNode();
		root.put("format", FORMAT);
		ObjectNode all = root.putObject("values");
		for (Kind kind : Kind.values()) {
			ObjectNode node = all.putObject(kind.json);
			values.get(kind).forEach((key, pseudonym) -> node.put(spellings.get(kind).get(key), pseudonym));
		}
		Path parent = file.toAbsolutePath().getParent();
		Path partial = Files.createTempFile(parent, ".marswb-map-", ".json");
		try {
			json.writeValue(partial.toFile(), root);
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
	}

	/** The real values of a kind with their pseudonyms, in the order they were first seen. */
	public Map<String, String> values(Kind kind) {
		return Collections.unmodifiableMap(values.get(kind));
	}

	public boolean isKnown(Kind kind, String real) {
		return values.get(kind).containsKey(real.toLowerCase(Locale.ROOT));
	}

	/** The pseudonym of a real value, made on first sight; written in the case of the occurrence. */
	public String pseudonym(Kind kind, String real) {
		Map<String, String> ofKind = values.get(kind);
		String key = real.toLowerCase(Locale.ROOT);
		String pseudonym = ofKind.computeIfAbsent(key, k -> make(kind, k, ofKind.size() + 1));
		spellings.get(kind).putIfAbsent(key, real);
		return sameCase(real, pseudonym);
	}

	/** Every pseudonym (lower case) with its real value as first seen, of all kinds: the map read backwards. */
	public Map<String, String> realValues() {
		Map<String, String> reals = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			values.get(kind).forEach((key, pseudonym) -> reals.put(pseudonym.toLowerCase(Locale.ROOT),
					spellings.get(kind).get(key)));
		}
		return reals;
	}

	private static String make(Kind kind, String real, int n) {
		return switch (kind) {
		case HOST -> String.format(Locale.ROOT, "host-%04d", n);
		case DOMAIN -> String.format(Locale.ROOT, "corp-%04d.example", n);
		case NETBIOS_DOMAIN -> String.format(Locale.ROOT, "corp-%04d", n);
		case USER -> String.format(Locale.ROOT, "user-%04d", n);
		case VAULT -> String.format(Locale.ROOT, "vault-%04d", n);
		case RESOURCE_GROUP -> String.format(Locale.ROOT, "rg-%04d", n);
		case PROXY -> String.format(Locale.ROOT, "proxy-%04d", n);
		case PATH -> String.format(Locale.ROOT, "path-%04d", n);
		// a number of the same length, so that a parser that reads it as a long still can
		case RESOURCE_ID -> "1" + String.format(Locale.ROOT, "%0" + Math.max(1, real.length() - 1) + "d", n);
		case GUID -> String.format(Locale.ROOT, "d0c00000-0000-4000-8000-%012x", n);
		case THUMBPRINT -> String.format(Locale.ROOT, "%040x", n);
		case IPV6 -> String.format(Locale.ROOT, "2001:db8::%x", n);
		case IPV4 -> {
			int block = (n - 1) / 253;
			if (block >= IPV4_BLOCKS.length) {
				throw new IllegalStateException("more IPv4 addresses than the documentation ranges hold");
			}
			yield IPV4_BLOCKS[block] + ((n - 1) % 253 + 1);
		}
		};
	}

	/** An all-capitals occurrence gets a pseudonym in capitals; otherwise it stays as made (lower case). */
	private static String sameCase(String real, String pseudonym) {
		boolean hasLetter = false;
		for (int i = 0; i < real.length(); i++) {
			char c = real.charAt(i);
			if (Character.isLowerCase(c)) {
				return pseudonym;
			}
			hasLetter |= Character.isUpperCase(c);
		}
		return hasLetter ? pseudonym.toUpperCase(Locale.ROOT) : pseudonym;
	}
}
