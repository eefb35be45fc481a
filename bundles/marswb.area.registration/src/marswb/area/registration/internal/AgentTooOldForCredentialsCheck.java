package marswb.area.registration.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Agent;
import marswb.model.server.ServerPackage.Literals;

/**
 * Current vault credentials carry a parameter that agents older than 2.0.9249.0 cannot read, so registering such
 * an agent with a current file fails with 34513. Only judged when a vault credentials file is in the bundle (the
 * file is what the old agent would fail on); without one it is INFO, as in {@link VaultCredentialsExpiredCheck}.
 * Versions are compared numerically part by part. Whether the agent is simply outdated is basics' fact.
 */
public final class AgentTooOldForCredentialsCheck implements Check {

	static final String VERSION_ARTIFACT = "agent/version.txt";

	@Override
	public void run(CheckContext context) {
		if (Credentials.noneToJudge(context)) {
			return;
		}
		Agent agent = context.server().getAgent();
		String version = agent == null ? null : agent.getVersion();
		if (version == null || version.isBlank()) {
			context.unknown(VERSION_ARTIFACT).add();
			return;
		}
		int comparison;
		try {
			comparison = Credentials.compareVersions(version, Credentials.MIN_AGENT_VERSION);
		} catch (NumberFormatException e) {
			context.unknown(VERSION_ARTIFACT)
					.message(NLS.bind(Messages.VersionNotNumeric_message, version))
					.evidence(agent, Literals.AGENT__VERSION).add();
			return;
		}
		if (comparison < 0) {
			context.finding(Outcome.FAIL)
					.message(NLS.bind(Messages.AgentTooOld_message, version, Credentials.MIN_AGENT_VERSION))
					.recommendation(Messages.AgentTooOld_recommendation).evidence(agent, Literals.AGENT__VERSION)
					.causedBy("basics.agent-version-outdated").add();
		} else {
			context.finding(Outcome.PASS)
					.message(NLS.bind(Messages.AgentNewEnough_message, version, Credentials.MIN_AGENT_VERSION))
					.evidence(agent, Literals.AGENT__VERSION).add();
		}
	}
}
