package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import marswb.bundle.internal.format.JsonFields;
import marswb.bundle.internal.format.LocatedJson;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.BackupPolicy;
import marswb.model.server.FileSpec;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads agent/policy.json (Get-OBPolicy | ConvertTo-Json -Depth 6). The JSON shape of OBPolicy is not documented;
 * what this parser assumes, from the property names Microsoft's own scripts use (DOMAIN-FACTS 2.7):
 * <ul>
 * <li>{@code PolicyName} is a property of the policy object (the root, or the first element of a root array).</li>
 * <li>The schedule is the {@code BackupSchedule} object, or else the first object anywhere that has
 * {@code ScheduleRunDays}. Days are names (Sunday) or the numbers of System.DayOfWeek (0 = Sunday .. 6 =
 * Saturday). Times are DateTime values, of which only the server-local time of day (HH:mm) matters; PowerShell 5.1
 * writes them as UTC milliseconds, so the server's offset is needed: the one in the date when present, else the
 * manifest's offset at collection.</li>
 * <li>A file spec is any object, at any depth, with a text {@code FileSpec} property and optionally
 * {@code IsExclude}/{@code IsRecursive} (booleans); its contents are not searched further.</li>
 * <li>System state is in the policy when some object is the system-state data source: WriterId
 * DA57A531-E7E7-4346-9A68-B511F551DEB6, ApplicationId 8C3D00F9-3CE9-4563-B373-19837BC2835E, or the name
 * "System State". Newer agents keep system state in a policy of its own (Get-OBSystemStatePolicy), so its absence
 * here proves nothing and leaves the value unknown.</li>
 * </ul>
 * An empty file means Get-OBPolicy returned no policy: nothing is added.
 */
public final class PolicyParser implements ArtifactParser {

	static final List<String> DAYS = List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
			"Friday", "Saturday");
	private static final String SYSTEM_STATE_WRITER = "DA57A531-E7E7-4346-9A68-B511F551DEB6";
	private static final String SYSTEM_STATE_APPLICATION = "8C3D00F9-3CE9-4563-B373-19837BC2835E";
	static final String SYSTEM_STATE_NAME = "System State";
	private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d{1,15})([+-])(\\d{2})(\\d{2})\\)/");
	private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
			.withResolverStyle(ResolverStyle.STRICT);

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		JsonValues json = JsonValues.readOrEmpty(input, context);
		if (json == null) {
			return;
		}
		List<JsonNode> policies = LocatedJson.items(json.root());
		if (policies.isEmpty() || !policies.get(0).isObject()) {
			throw new ArtifactFormatException("not a Get-OBPolicy object", json.line(json.root()));
		}
		if (policies.size() > 1) {
			context.problem(policies.size() + " policies; the first was read");
		}
		JsonNode root = policies.get(0);
		BackupPolicy policy = ModelParts.part(context.server(), Literals.SERVER__POLICY);
		context.located(policy, json.line(root), json.raw(root));
		json.setText(policy, Literals.BACKUP_POLICY__POLICY_NAME, JsonFields.get(root, "PolicyName"));
		JsonNode schedule = JsonFields.get(root, "BackupSchedule");
		if (schedule == null || !schedule.isObject()) {
			schedule = findObjectWith(root, "ScheduleRunDays");
		}
		if (schedule != null) {
			readDays(context, json, policy, JsonFields.get(schedule, "ScheduleRunDays"));
			readTimes(context, json, policy, JsonFields.get(schedule, "ScheduleRunTimes"));
		}
		readFileSpecs(context, json, policy, root);
		JsonNode systemState = findSystemState(root);
		if (systemState != null) {
			context.set(policy, Literals.BACKUP_POLICY__SYSTEM_STATE_PROTECTED, Boolean.TRUE, json.line(systemState),
					json.raw(systemState));
		}
	}

	private static void readDays(ParseContext context, JsonValues json, BackupPolicy policy, JsonNode days) {
		for (JsonNode day : LocatedJson.items(days)) {
			String text = LocatedJson.text(day);
			if (text == null) {
				continue;
			}
			String name = dayName(day, text);
			if (name == null) {
				context.problem("ScheduleRunDays " + json.raw(day) + " is not a day of the week (line "
						+ json.line(day) + "); kept as is");
				name = text;
			}
			context.add(policy, Literals.BACKUP_POLICY__SCHEDULE_DAYS, name, json.line(day), json.raw(day));
		}
	}

	private static String dayName(JsonNode day, String text) {
		if (day.isIntegralNumber()) {
			int number = day.canConvertToInt() ? day.intValue() : -1;
			return number >= 0 && number < DAYS.size() ? DAYS.get(number) : null;
		}
		return DAYS.stream().filter(name -> name.equalsIgnoreCase(text.strip())).findFirst().orElse(null);
	}

	private static void readTimes(ParseContext context, JsonValues json, BackupPolicy policy, JsonNode times) {
		boolean offsetAssumed = false;
		for (JsonNode item : LocatedJson.items(times)) {
			JsonNode time = LocatedJson.dateNode(item);
			String text = LocatedJson.text(time);
			if (text == null) {
				continue;
			}
			Optional<LocalTime> local = timeWithOwnOffset(text);
			if (local.isEmpty()) {
				Optional<Instant> instant = JsonValues.date(time);
				if (instant.isPresent()) {
					offsetAssumed |= context.collectionOffset().isEmpty();
					ZoneOffset offset = context.collectionOffset().orElse(ZoneOffset.UTC);
					local = Optional.of(instant.get().atOffset(offset).toLocalTime());
				}
			}
			if (local.isEmpty()) {
				context.problem("ScheduleRunTimes " + json.raw(time) + " is not a date (line " + json.line(time) + ")");
				continue;
			}
			context.add(policy, Literals.BACKUP_POLICY__SCHEDULE_TIMES, local.get().format(HOUR_MINUTE),
					json.line(time), json.raw(time));
		}
		if (offsetAssumed) {
			context.problem("the schedule times are shown in UTC: the manifest gave no UTC offset of the server");
		}
	}

	/** The time of day of a date that carries its own offset, or of a local date-time without any. */
	private static Optional<LocalTime> timeWithOwnOffset(String text) {
		Matcher matcher = MS_DATE.matcher(text.strip());
		if (matcher.matches()) {
			int minutes = Integer.parseInt(matcher.group(3)) * 60 + Integer.parseInt(matcher.group(4));
			if (minutes > 18 * 60) {
				return Optional.empty();
			}
			ZoneOffset offset = ZoneOffset.ofTotalSeconds((matcher.group(2).equals("-") ? -minutes : minutes) * 60);
			return Optional.of(Instant.ofEpochMilli(Long.parseLong(matcher.group(1))).atOffset(offset).toLocalTime());
		}
		try {
			return Optional.of(OffsetDateTime.parse(text.strip()).toLocalTime());
		} catch (DateTimeParseException e) {
			try {
				return Optional.of(LocalDateTime.parse(text.strip()).toLocalTime());
			} catch (DateTimeParseException e2) {
				return Optional.empty();
			}
		}
	}

	private static void readFileSpecs(ParseContext context, JsonValues json, BackupPolicy policy, JsonNode node) {
		if (node.isArray()) {
			node.forEach(element -> readFileSpecs(context, json, policy, element));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		JsonNode spec = JsonFields.get(node, "FileSpec");
		if (spec != null && spec.isTextual()) {
			FileSpec fileSpec = ServerFactory.eINSTANCE.createFileSpec();
			policy.getFileSpecs().add(fileSpec);
			context.located(fileSpec, json.line(spec), json.raw(spec));
			json.setText(fileSpec, Literals.FILE_SPEC__FILE_SPEC, spec);
			json.setBoolean(fileSpec, Literals.FILE_SPEC__IS_EXCLUDE, JsonFields.get(node, "IsExclude"), "IsExclude");
			json.setBoolean(fileSpec, Literals.FILE_SPEC__IS_RECURSIVE, JsonFields.get(node, "IsRecursive"),
					"IsRecursive");
			return;
		}
		node.forEach(child -> readFileSpecs(context, json, policy, child));
	}

	/** The value that marks the system-state data source, or null. */
	private static JsonNode findSystemState(JsonNode node) {
		if (node.isArray()) {
			for (JsonNode element : node) {
				JsonNode found = findSystemState(element);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		if (!node.isObject()) {
			return null;
		}
		Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> field = fields.next();
			JsonNode value = field.getValue();
			if (value.isTextual() && isSystemStateMarker(field.getKey(), value.textValue())) {
				return value;
			}
			JsonNode found = findSystemState(value);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static boolean isSystemStateMarker(String property, String value) {
		String id = value.strip().replace("{", "").replace("}", "");
		return property.equalsIgnoreCase("WriterId") && id.equalsIgnoreCase(SYSTEM_STATE_WRITER)
				|| property.equalsIgnoreCase("ApplicationId") && id.equalsIgnoreCase(SYSTEM_STATE_APPLICATION)
				|| property.toLowerCase(Locale.ROOT).contains("name") && value.strip().equalsIgnoreCase(SYSTEM_STATE_NAME);
	}

	/** The first object, depth first, that has the property. */
	private static JsonNode findObjectWith(JsonNode node, String property) {
		if (node.isObject() && JsonFields.get(node, property) != null) {
			return node;
		}
		for (JsonNode child : node) {
			JsonNode found = findObjectWith(child, property);
			if (found != null) {
				return found;
			}
		}
		return null;
	}
}
