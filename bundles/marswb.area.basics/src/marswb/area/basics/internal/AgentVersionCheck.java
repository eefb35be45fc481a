package marswb.area.basics.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Agent;
import marswb.model.server.ServerPackage.Literals;

/**
 * Agents older than 2.0.9083.0 depend on a retired service and fail with 0x1FBD3; agents older than the newest version
 * the support matrix lists miss fixes the article assumes ("Ensure the MARS agent is up to date").
 */
public final class AgentVersionCheck implements Check {

	static final String ARTIFACT = "agent/version.txt";
	/** Below this the service rejects the agent with 0x1FBD3 (KB 4096064). */
	static final String MINIMUM = "2.0.9083.0";
	/** The newest version in the support matrix's "Previous MARS agent versions" table (11/2025, KB 5068415). */
	static final String NEWEST_KNOWN = "2.0.9506.0";
	/** The agent's message for 0x1FBD3, verbatim. */
	static final String MESSAGE_0X1FBD3 = "Azure Backup service version and Microsoft Azure Recovery Services Agent do not match. "
			+ "Please install the latest version of Microsoft Azure Recovery Services Agent from the Microsoft Download Center "
			+ "(https://go.microsoft.com/fwlink/?linkid=225925). If the issue persists, please contact Microsoft Support (0x1FBD3).";

	@Override
	public void run(CheckContext context) {
		Agent agent = context.server().getAgent();
		String version = agent == null ? null : agent.getVersion();
		int[] parsed = Versions.parse(version);
		if (parsed == null) {
			context.unknown(ARTIFACT).add();
			return;
		}
		if (Versions.compare(parsed, Versions.parse(MINIMUM)) < 0) {
			context.finding(Outcome.FAIL).severity(marswb.model.diagnosis.Severity.CRITICAL)
					.message(NLS.bind(Messages.Version_tooOld, new Object[] { version, MINIMUM, MESSAGE_0X1FBD3 }))
					.recommendation(Messages.Version_upgrade).evidence(agent, Literals.AGENT__VERSION).add();
		} else if (Versions.compare(parsed, Versions.parse(NEWEST_KNOWN)) < 0) {
			context.finding(Outcome.WARN).errorCode(null)
					.message(NLS.bind(Messages.Version_older, version, NEWEST_KNOWN))
					.recommendation(Messages.Version_upgrade).evidence(agent, Literals.AGENT__VERSION).add();
		} else {
			context.finding(Outcome.PASS).errorCode(null).message(NLS.bind(Messages.Version_ok, version, NEWEST_KNOWN))
					.evidence(agent, Literals.AGENT__VERSION).add();
		}
	}
}
