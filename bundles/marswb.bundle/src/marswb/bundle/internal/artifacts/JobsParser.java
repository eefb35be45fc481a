package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;

import com.fasterxml.jackson.databind.JsonNode;

import marswb.bundle.ErrorCodes;
import marswb.bundle.internal.format.JsonFields;
import marswb.bundle.internal.format.LocatedJson;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Job;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads agent/jobs.json (Get-OBJob -Previous 100): an array, one object when there was one job, or nothing when
 * there was none. JobType and JobState are enums that Windows PowerShell 5.1 writes as numbers whose meaning is not
 * documented. Our collector writes each one's name beside it ({@code JobTypeName}, {@code JobStateName}), and a name
 * is read before the number; a number without a name is kept as its text (and reported), never guessed. The error code is written as the article
 * writes it (see {@link ErrorCodes}). A job still running has DateTime.MinValue (year 1) as its end: no end.
 */
public final class JobsParser implements ArtifactParser {

	/** Anything before this is DateTime.MinValue, .NET's "no date". */
	private static final Instant NO_DATE_BEFORE = Instant.parse("0002-01-01T00:00:00Z");

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		JsonValues json = JsonValues.readOrEmpty(input, context);
		if (json == null) {
			return;
		}
		if (!json.root().isArray() && !json.root().isObject()) {
			throw new ArtifactFormatException("neither a job nor a list of jobs", json.line(json.root()));
		}
		int numericEnums = 0;
		for (JsonNode node : LocatedJson.items(json.root())) {
			if (!node.isObject()) {
				context.problem("an entry that is not a job object (line " + json.line(node) + ")");
				continue;
			}
			numericEnums += readJob(context, json, node);
		}
		if (numericEnums > 0) {
			context.problem(numericEnums + " JobType/JobState value(s) are enum numbers, whose names are not"
					+ " documented; they are kept as numbers and their meaning is unknown");
		}
	}

	/** Reads one job; returns how many enum values were numbers. */
	private static int readJob(ParseContext context, JsonValues json, JsonNode node) {
		Job job = ServerFactory.eINSTANCE.createJob();
		context.server().getJobs().add(job);
		JsonNode jobId = JsonFields.get(node, "JobId");
		if (jobId != null && jobId.isValueNode()) {
			context.located(job, json.line(jobId), json.raw(jobId));
		} else {
			context.located(job, json.line(node), "");
		}
		json.setText(job, Literals.JOB__JOB_ID, jobId);
		JsonNode status = JsonFields.get(node, "JobStatus");
		if (status != null && !status.isObject() && !status.isNull()) {
			context.problem("JobStatus is not an object (line " + json.line(status) + "); convert with a larger -Depth");
		}
		// tolerate a flatter shape: look in JobStatus first, then in the job itself
		JsonNode holder = status != null && status.isObject() ? status : node;
		int numeric = setEnum(json, job, Literals.JOB__JOB_TYPE, JsonFields.get(node, "JobTypeName"),
				JsonFields.get(node, "JobType"));
		numeric += setEnum(json, job, Literals.JOB__JOB_STATE, JsonFields.get(node, "JobStateName"),
				orElse(holder, node, "JobState"));
		setDate(context, json, job, Literals.JOB__START_TIME, orElse(holder, node, "StartTime"));
		setDate(context, json, job, Literals.JOB__END_TIME, orElse(holder, node, "EndTime"));
		JsonNode errorInfo = orElse(holder, node, "ErrorInfo");
		if (errorInfo != null && errorInfo.isArray()) {
			errorInfo = errorInfo.isEmpty() ? null : errorInfo.get(0);
		}
		setErrorCode(context, json, job, JsonFields.get(errorInfo, "ErrorCode"));
		// the text the console shows for the job; which property carries it is not documented
		for (String name : List.of("Problem", "ErrorMessage", "Message")) {
			JsonNode message = JsonFields.get(errorInfo, name);
			if (message != null && message.isTextual() && !message.asText().isBlank()) {
				json.setText(job, Literals.JOB__ERROR_MESSAGE, message);
				break;
			}
		}
		return numeric;
	}

	private static JsonNode orElse(JsonNode first, JsonNode second, String name) {
		JsonNode value = JsonFields.get(first, name);
		return value != null || first == second ? value : JsonFields.get(second, name);
	}

	private static int setEnum(JsonValues json, Job job, EAttribute feature, JsonNode name, JsonNode value) {
		if (name != null && name.isTextual() && !name.asText().isBlank()) {
			json.setText(job, feature, name);
			return 0;
		}
		if (value == null || !value.isValueNode() || value.isNull()) {
			return 0;
		}
		json.setText(job, feature, value);
		return value.isNumber() ? 1 : 0;
	}

	private static void setDate(ParseContext context, JsonValues json, Job job, EAttribute feature,
			JsonNode dateOrObject) {
		JsonNode value = LocatedJson.dateNode(dateOrObject);
		if (JsonFields.isAbsent(value)) {
			return;
		}
		Optional<Instant> instant = JsonValues.date(value);
		if (instant.isEmpty()) {
			context.problem(feature.getName() + " " + json.raw(value) + " is not a date (line " + json.line(value) + ")");
		} else if (!instant.get().isBefore(NO_DATE_BEFORE) && !ValueDomains.isWindowsTime(instant.get())) {
			context.problem(ValueDomains.notRead(feature.getName(), json.raw(value), json.line(value),
					ValueDomains.NOT_A_WINDOWS_TIME));
		} else if (!instant.get().isBefore(NO_DATE_BEFORE)) {
			context.set(job, feature, Date.from(instant.get()), json.line(value), json.raw(value));
		}
	}

	private static void setErrorCode(ParseContext context, JsonValues json, Job job, JsonNode code) {
		if (JsonFields.isAbsent(code)) {
			return;
		}
		Optional<String> normalized;
		if (code.isIntegralNumber()) {
			normalized = code.canConvertToLong() ? ErrorCodes.normalize(code.longValue()) : Optional.empty();
		} else {
			normalized = ErrorCodes.normalize(LocatedJson.text(code));
		}
		if (normalized.isPresent() && normalized.get().equals("0")) {
			return; // 0 is success: a job without an error
		}
		if (normalized.isPresent()) {
			context.set(job, Literals.JOB__ERROR_CODE, normalized.get(), json.line(code), json.raw(code));
		} else {
			context.problem("ErrorCode " + json.raw(code) + " is not a 32-bit error code (line " + json.line(code) + ")");
		}
	}
}
