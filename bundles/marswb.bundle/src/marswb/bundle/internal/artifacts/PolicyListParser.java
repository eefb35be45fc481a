package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.bundle.internal.format.PowerShellText;
import marswb.bundle.internal.format.PowerShellText.Cell;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.BackupPolicy;
import marswb.model.server.FileSpec;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads agent/policy.txt: {@code Get-OBPolicy | Format-List} as the console prints it. {@code BackupSchedule} is one
 * line ({@code 4:00 PM Saturday, Sunday, Every 1 week(s)}); {@code DsList} lists each data source and its file specs
 * as {@code Key:Value} lines ({@code FileSpec:C:\}, {@code IsExclude:False}, {@code IsRecursive:True}). When
 * agent/policy.json was read too, it has the same and more, and this file is left out.
 */
public final class PolicyListParser implements ArtifactParser {

	private static final int MAX_LINES = 100_000;
	private static final Pattern TIME = Pattern.compile("\\b(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([AaPp][Mm])?");
	private static final Pattern DS_LINE = Pattern.compile("^(\\w+):(.*?),?$");

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		if (context.server().getPolicy() != null && context.server().getPolicy().getPolicyName() != null) {
			context.problem("not read: the policy was read from agent/policy.json");
			return;
		}
		Map<String, Cell> record = PowerShellText.records(ConsoleOutput.read(input, context, MAX_LINES).lines()).stream()
				.filter(r -> r.containsKey("PolicyName")).findFirst()
				.orElseThrow(() -> new ArtifactFormatException("no PolicyName: not Get-OBPolicy | Format-List", 1));
		BackupPolicy policy = ModelParts.part(context.server(), Literals.SERVER__POLICY);
		Cell name = record.get("PolicyName");
		context.located(policy, name.line(), name.lines().get(0).text());
		context.set(policy, Literals.BACKUP_POLICY__POLICY_NAME, name.value(), name.line(), name.raw());
		Cell schedule = record.get("BackupSchedule");
		if (schedule != null) {
			readSchedule(context, policy, schedule);
		}
		Cell sources = record.get("DsList");
		if (sources != null) {
			readSources(context, policy, sources);
		}
	}

	private static void readSchedule(ParseContext context, BackupPolicy policy, Cell schedule) {
		String text = schedule.value();
		Matcher time = TIME.matcher(text);
		while (time.find()) {
			int hour = Integer.parseInt(time.group(1));
			String half = time.group(3) == null ? "" : time.group(3).toUpperCase(Locale.ROOT);
			hour = half.equals("PM") && hour < 12 ? hour + 12 : half.equals("AM") && hour == 12 ? 0 : hour;
			if (hour < 24) {
				context.add(policy, Literals.BACKUP_POLICY__SCHEDULE_TIMES,
						LocalTime.of(hour, Integer.parseInt(time.group(2))).toString(), schedule.line(), time.group());
			}
		}
		for (String day : PolicyParser.DAYS) {
			if (Pattern.compile("\\b" + day + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find()) {
				context.add(policy, Literals.BACKUP_POLICY__SCHEDULE_DAYS, day, schedule.line(), day);
			}
		}
	}

	/** Each {@code FileSpec:} with a path starts a file spec; the IsExclude and IsRecursive lines after it are its. */
	private static void readSources(ParseContext context, BackupPolicy policy, Cell sources) {
		FileSpec current = null;
		for (Line line : sources.lines()) {
			String text = line.text().strip().replaceFirst("^DsList\\s*:\\s*\\{?", "");
			Matcher pair = DS_LINE.matcher(text);
			if (!pair.matches()) {
				continue;
			}
			String key = pair.group(1);
			String value = pair.group(2).strip();
			if (key.equalsIgnoreCase("FileSpec") && !value.equalsIgnoreCase("FileSpec") && !value.isEmpty()) {
				current = ServerFactory.eINSTANCE.createFileSpec();
				policy.getFileSpecs().add(current);
				context.located(current, line.number(), value);
				context.set(current, Literals.FILE_SPEC__FILE_SPEC, value, line.number(), value);
			} else if (current != null && (key.equalsIgnoreCase("IsExclude") || key.equalsIgnoreCase("IsRecursive"))
					&& (value.equalsIgnoreCase("True") || value.equalsIgnoreCase("False"))) {
				context.set(current, key.equalsIgnoreCase("IsExclude") ? Literals.FILE_SPEC__IS_EXCLUDE
						: Literals.FILE_SPEC__IS_RECURSIVE, Boolean.valueOf(value.toLowerCase(Locale.ROOT)),
						line.number(), value);
			} else if (key.equalsIgnoreCase("Name") && value.equalsIgnoreCase(PolicyParser.SYSTEM_STATE_NAME)) {
				context.set(policy, Literals.BACKUP_POLICY__SYSTEM_STATE_PROTECTED, Boolean.TRUE, line.number(), value);
			}
		}
	}
}
