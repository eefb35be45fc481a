package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import marswb.bundle.internal.format.LocatedJson;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Artifact;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads manifest.json: who collected the bundle, when (UTC and server-local time, which together give the server's
 * clock offset), and the collector's status of every item, which is evidence in itself.
 */
public final class ManifestParser implements ArtifactParser {

	private static final Set<String> ITEM_STATUSES = Set.of("ok", "failed", "timeout", "skipped");

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		LocatedJson json = LocatedJson.parse(input.readText(16 * 1024 * 1024));
		JsonNode root = json.root();
		if (!root.isObject()) {
			throw new ArtifactFormatException("the manifest is not a JSON object", json.line(root));
		}
		Server server = context.server();
		setText(context, json, server, root.get("format"), Literals.SERVER__FORMAT_VERSION);
		setText(context, json, server, root.get("host"), Literals.SERVER__HOST_NAME);
		JsonNode collector = root.path("collector");
		setText(context, json, server, collector.get("name"), Literals.SERVER__COLLECTOR_NAME);
		setText(context, json, server, collector.get("version"), Literals.SERVER__COLLECTOR_VERSION);
		String format = LocatedJson.text(root.get("format"));
		if (format != null && !format.equals("marsbundle/1")) {
			context.problem("format '" + format + "' is not marsbundle/1; read as version 1");
		}

		JsonNode utc = LocatedJson.dateNode(root.get("collectedAtUtc"));
		Optional<Instant> utcInstant = JsonValues.date(utc);
		if (utcInstant.isEmpty()) {
			context.problem("collectedAtUtc is missing or not a date");
		} else if (!ValueDomains.isWindowsTime(utcInstant.get())) {
			context.problem(ValueDomains.notRead("collectedAtUtc", json.raw(utc), json.line(utc),
					ValueDomains.NOT_A_WINDOWS_TIME));
		} else {
			context.set(server, Literals.SERVER__COLLECTED_AT_UTC, Date.from(utcInstant.get()), json.line(utc),
					json.raw(utc));
		}
		JsonNode local = root.get("collectedAtLocal");
		String localText = LocatedJson.text(local);
		if (localText != null) {
			readLocalTime(context, json, server, local, localText);
		}

		for (JsonNode field : LocatedJson.items(root.get("inferred"))) {
			// the time and host of input sent without a manifest were guessed, and every view must say so
			String name = LocatedJson.text(field);
			if (name != null) {
				server.getInferred().add(name);
			}
		}
		for (JsonNode item : LocatedJson.items(root.get("items"))) {
			readItem(context, json, item);
		}
	}

	private static void readLocalTime(ParseContext context, LocatedJson json, Server server, JsonNode local,
			String localText) {
		OffsetDateTime localTime;
		try {
			localTime = OffsetDateTime.parse(localText);
		} catch (DateTimeParseException e) {
			context.set(server, Literals.SERVER__COLLECTED_AT_LOCAL, localText, json.line(local), json.raw(local));
			context.problem("collectedAtLocal '" + localText + "' is not a date with a UTC offset");
			return;
		}
		if (!ValueDomains.isWindowsTime(localTime.toInstant())) {
			context.problem(ValueDomains.notRead("collectedAtLocal", json.raw(local), json.line(local),
					ValueDomains.NOT_A_WINDOWS_TIME));
			return;
		}
		context.set(server, Literals.SERVER__COLLECTED_AT_LOCAL, localText, json.line(local), json.raw(local));
		context.set(server, Literals.SERVER__LOCAL_UTC_OFFSET_MINUTES, localTime.getOffset().getTotalSeconds() / 60,
				json.line(local), json.raw(local));
		checkClock(context, server.getCollectedAtUtc(), localTime);
	}

	/** The two timestamps are one instant written twice; if they disagree the manifest itself is damaged. */
	private static void checkClock(ParseContext context, Date utc, OffsetDateTime local) {
		if (utc != null && Math.abs(local.toInstant().toEpochMilli() - utc.getTime()) > 60_000) {
			context.problem("collectedAtLocal " + local + " and collectedAtUtc "
					+ Instant.ofEpochMilli(utc.getTime()) + " are not the same instant");
		}
	}

	private static void readItem(ParseContext context, LocatedJson json, JsonNode item) {
		String path = LocatedJson.text(item.get("path"));
		if (path == null || path.isBlank()) {
			context.problem("an item without a path (line " + json.line(item) + ")");
			return;
		}
		Artifact artifact = ServerFactory.eINSTANCE.createArtifact();
		artifact.setPath(path.replace('\\', '/'));
		artifact.setCommand(LocatedJson.text(item.get("command")));
		String status = LocatedJson.text(item.get("status"));
		if (status != null && !ITEM_STATUSES.contains(status)) {
			context.problem("item " + path + " has the unknown status '" + status + "'");
		}
		artifact.setManifestStatus(status);
		artifact.setManifestReason(LocatedJson.text(item.get("reason")));
		JsonNode exitCode = item.get("exitCode");
		if (exitCode != null && exitCode.canConvertToInt()) {
			artifact.setExitCode(exitCode.asInt());
		}
		String error = LocatedJson.text(item.get("error"));
		if (error != null && status != null && !status.equals("ok")) {
			artifact.setMessage("collector reported " + status + ": " + error);
		} else if (status != null && !status.equals("ok")) {
			artifact.setMessage("collector reported " + status);
		}
		context.server().getArtifacts().add(artifact);
	}

	private static void setText(ParseContext context, LocatedJson json, Server server, JsonNode node,
			org.eclipse.emf.ecore.EAttribute feature) {
		String text = LocatedJson.text(node);
		if (text != null) {
			context.set(server, feature, text, json.line(node), json.raw(node));
		}
	}
}
