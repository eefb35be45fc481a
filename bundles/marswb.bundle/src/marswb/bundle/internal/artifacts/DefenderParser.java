package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

import com.fasterxml.jackson.databind.JsonNode;

import marswb.bundle.internal.format.JsonFields;
import marswb.bundle.internal.format.LocatedJson;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.AntivirusSettings;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads system/defender.json (Get-MpPreference, selected properties, ConvertTo-Json). Each exclusion list is null
 * (none), a single string (ConvertTo-Json unwraps one-element arrays) or an array; Windows PowerShell 5.1 may also
 * wrap an array as {"value": [...], "Count": n}. Defender answers "N/A: Must be an administrator to view
 * exclusions" to a non-elevated caller: the exclusions are then unknown, not that text.
 */
public final class DefenderParser implements ArtifactParser {

	private static final String NOT_ELEVATED_PREFIX = "N/A";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		JsonValues json = JsonValues.readOrEmpty(input, context);
		if (json == null) {
			throw new ArtifactFormatException("the file is empty: Get-MpPreference returned nothing");
		}
		List<JsonNode> preferences = LocatedJson.items(json.root());
		if (preferences.isEmpty() || !preferences.get(0).isObject()) {
			throw new ArtifactFormatException("not a Get-MpPreference object", json.line(json.root()));
		}
		if (preferences.size() > 1) {
			context.problem(preferences.size() + " preference objects; the first was used");
		}
		JsonNode preference = preferences.get(0);
		AntivirusSettings antivirus = ModelParts.part(context.server(), Literals.SERVER__ANTIVIRUS);
		context.located(antivirus, json.line(preference), json.raw(preference));
		json.setBoolean(antivirus, Literals.ANTIVIRUS_SETTINGS__REALTIME_MONITORING_DISABLED,
				JsonFields.get(preference, "DisableRealtimeMonitoring"), "DisableRealtimeMonitoring");
		addAll(context, json, antivirus, Literals.ANTIVIRUS_SETTINGS__EXCLUSION_PATHS, preference, "ExclusionPath");
		addAll(context, json, antivirus, Literals.ANTIVIRUS_SETTINGS__EXCLUSION_PROCESSES, preference,
				"ExclusionProcess");
		addAll(context, json, antivirus, Literals.ANTIVIRUS_SETTINGS__EXCLUSION_EXTENSIONS, preference,
				"ExclusionExtension");
	}

	private static void addAll(ParseContext context, JsonValues json, AntivirusSettings antivirus,
			EAttribute feature, JsonNode preference, String name) {
		JsonNode list = JsonFields.get(preference, name);
		JsonNode wrapped = JsonFields.get(list, "value");
		if (wrapped != null) {
			list = wrapped;
		}
		for (JsonNode item : LocatedJson.items(list)) {
			String text = LocatedJson.text(item);
			if (text == null || text.isBlank()) {
				if (item.isContainerNode()) {
					context.problem(name + " holds a non-text entry (line " + json.line(item) + ")");
				}
				continue;
			}
			if (text.startsWith(NOT_ELEVATED_PREFIX)) {
				context.problem(name + " could not be read (collected without administrator rights): " + text);
				continue;
			}
			context.add(antivirus, feature, text, json.line(item), json.raw(item));
		}
	}
}
