package marswb.engine.tests;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.ServerPackage.Literals;

/** A third-party check: contributed by this fragment's fragment.xml, not known to the engine's code. */
public final class HostNamePresentCheck implements Check {

	@Override
	public void run(CheckContext context) {
		if (context.server().getHostName() == null) {
			context.unknown("manifest.json").add();
		} else {
			context.finding(Outcome.PASS).message("host " + context.server().getHostName())
					.evidence(context.server(), Literals.SERVER__HOST_NAME).add();
		}
	}
}
