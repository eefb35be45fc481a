package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.ExecutionPolicySetting;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads system/executionpolicy.txt ({@code Get-ExecutionPolicy -List}): one setting per scope, in the order listed,
 * which is the order of precedence.
 */
public final class ExecutionPolicyParser implements ArtifactParser {

	private static final Pattern HEADER = Pattern.compile("\\s*Scope\\s+ExecutionPolicy\\s*");
	private static final Pattern RULE = Pattern.compile("\\s*-+\\s+-+\\s*");
	private static final Pattern ROW = Pattern.compile("\\s*(\\S+)\\s+(\\S+)\\s*");
	private static final Set<String> SCOPES = Set.of("MachinePolicy", "UserPolicy", "Process", "CurrentUser",
			"LocalMachine");
	private static final Set<String> POLICIES = Set.of("Restricted", "AllSigned", "RemoteSigned", "Unrestricted",
			"Bypass", "Undefined", "Default");

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		List<Line> lines = ConsoleOutput.read(input, context, 1000).nonBlank();
		if (lines.isEmpty()) {
			throw new ArtifactFormatException("empty file: no execution policy table");
		}
		int header = 0;
		while (header < lines.size() && !HEADER.matcher(lines.get(header).text()).matches()) {
			header++;
		}
		if (header == lines.size()) {
			throw new ArtifactFormatException("no 'Scope ExecutionPolicy' table: first line "
					+ ConsoleOutput.quote(lines.get(0)), lines.get(0).number());
		}
		PowerShellInfo powerShell = ModelParts.part(context.server(), Literals.SERVER__POWER_SHELL);
		for (Line line : lines.subList(header + 1, lines.size())) {
			if (RULE.matcher(line.text()).matches()) {
				continue;
			}
			Matcher m = ROW.matcher(line.text());
			if (!m.matches() || !SCOPES.contains(m.group(1))) {
				context.problem("line " + line.number() + ": not a scope and policy row: " + ConsoleOutput.quote(line));
				continue;
			}
			if (!POLICIES.contains(m.group(2))) {
				context.problem("line " + line.number() + ": unknown execution policy '" + m.group(2) + "'");
			}
			String row = line.text().strip();
			ExecutionPolicySetting setting = ServerFactory.eINSTANCE.createExecutionPolicySetting();
			context.add(powerShell, Literals.POWER_SHELL_INFO__EXECUTION_POLICIES, setting, line.number(), row);
			context.located(setting, line.number(), row);
			context.set(setting, Literals.EXECUTION_POLICY_SETTING__SCOPE, m.group(1), line.number(), m.group(1));
			context.set(setting, Literals.EXECUTION_POLICY_SETTING__POLICY, m.group(2), line.number(), m.group(2));
		}
	}
}
