package marswb.area.basics.internal;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;
import marswb.model.server.Service;
import marswb.model.server.ServerPackage.Literals;

/** The agent's engine service (obengine, cbengine.exe) must run; without it nothing backs up. */
public final class ObengineCheck implements Check {

	static final String SERVICE = "obengine";
	static final String FIX = "basics.start-obengine";

	@Override
	public void run(CheckContext context) {
		Optional<Service> service = service(context.server(), SERVICE);
		if (service.isEmpty()) {
			context.finding(Outcome.FAIL).message(Messages.Obengine_missing)
					.recommendation(Messages.Obengine_missingRecommendation).add();
			return;
		}
		Service s = service.get();
		if ("Running".equalsIgnoreCase(s.getState())) {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.Obengine_ok, s.getStartMode()))
					.evidence(s, Literals.SERVICE__STATE).add();
			return;
		}
		context.finding(Outcome.FAIL).subject(SERVICE).quickFix(FIX)
				.message(NLS.bind(Messages.Obengine_notRunning, s.getState(), s.getStartMode()))
				.recommendation(Messages.Obengine_recommendation).evidence(s, Literals.SERVICE__STATE)
				.evidence(s, Literals.SERVICE__START_MODE).add();
	}

	static Optional<Service> service(Server server, String name) {
		return server.getServices().stream().filter(s -> name.equalsIgnoreCase(s.getName())).findFirst();
	}
}
