package marswb.engine.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.engine.internal.CheckRegistry.RegisteredCheck;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;

/** One check running against one model: its findings, its time, or the ERROR that replaces them. */
public final class CheckRun implements Runnable {

	private final RegisteredCheck check;
	private final DefaultCheckContext context;
	private volatile long startNanos;
	private volatile long durationMs = -1;
	private volatile String failure;

	public CheckRun(Server server, RegisteredCheck check) {
		this.check = check;
		this.context = new DefaultCheckContext(server, check.descriptor());
	}

	@Override
	public void run() {
		startNanos = System.nanoTime();
		try {
			// the declaration is the contract: a check is never run without the evidence it requires
			for (String artifact : check.descriptor().required()) {
				if (!context.usable(artifact)) {
					context.unknown(artifact).add();
					return;
				}
			}
			check.check().run(context);
		} catch (Exception e) {
			failed(NLS.bind(Messages.Error_thrown, String.valueOf(e)));
		} finally {
			durationMs = (System.nanoTime() - startNanos) / 1_000_000;
		}
	}

	/** Replaces whatever the check reported with an ERROR finding. */
	public void failed(String message) {
		if (failure == null) {
			failure = message;
		}
	}

	public String checkId() {
		return check.descriptor().id();
	}

	public long durationMs() {
		return durationMs >= 0 ? durationMs : startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1_000_000;
	}

	public List<Finding> findings() {
		if (failure != null) {
			return List.of(context.finding(Outcome.ERROR).message(failure)
					.recommendation(NLS.bind(Messages.Error_recommendation, check.descriptor().contributor())).add());
		}
		List<Finding> findings = new ArrayList<>();
		for (DefaultFindingBuilder builder : context.reported()) {
			findings.add(builder.finding());
		}
		if (findings.isEmpty()) {
			// a check must conclude; silence is never a PASS
			return List.of(context.finding(Outcome.ERROR).message(Messages.Error_noFinding)
					.recommendation(NLS.bind(Messages.Error_recommendation, check.descriptor().contributor())).add());
		}
		return findings;
	}

	/** Links the FAIL/WARN findings of the checks this check's findings name as causes. */
	public void linkCauses(List<Finding> all) {
		if (failure != null) {
			return;
		}
		for (DefaultFindingBuilder builder : context.reported()) {
			for (String causeCheck : builder.causeChecks()) {
				for (Finding candidate : all) {
					if (candidate.getCheck().equals(causeCheck) && (candidate.getOutcome() == Outcome.FAIL
							|| candidate.getOutcome() == Outcome.WARN)) {
						builder.finding().getCauses().add(candidate);
					}
				}
			}
		}
	}
}
