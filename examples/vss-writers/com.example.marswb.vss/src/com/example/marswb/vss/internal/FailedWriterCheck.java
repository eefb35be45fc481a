package com.example.marswb.vss.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.example.marswb.vss.VssPackage.Literals;
import com.example.marswb.vss.VssWriter;
import com.example.marswb.vss.VssWriters;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;

/**
 * The agent's system state and application backups take a VSS snapshot, which needs every involved writer to
 * answer. A writer that failed at some phase, or whose last operation ended in an error, fails the next snapshot
 * too until its service is restarted: FAIL per such writer. All stable without errors: PASS.
 */
public final class FailedWriterCheck implements Check {

	static final String FIX = "vss.restart-writer-service";

	@Override
	public void run(CheckContext context) {
		if (!context.usable(VssWriters.ARTIFACT)) {
			context.unknown(VssWriters.ARTIFACT).add();
			return;
		}
		List<VssWriter> writers = VssWriters.of(context.server());
		if (writers.isEmpty()) {
			context.unknown(VssWriters.ARTIFACT).message(NLS.bind(Messages.NoWriters_message, VssWriters.ARTIFACT))
					.add();
			return;
		}
		boolean anyFailed = false;
		for (VssWriter writer : writers) {
			if (VssWriters.failed(writer) || VssWriters.hasError(writer)) {
				anyFailed = true;
				FindingBuilder finding = context.finding(Outcome.FAIL).subject(writer.getName())
						.message(NLS.bind(Messages.WriterFailed_message,
								new Object[] { writer.getName(), writer.getState(), writer.getLastError() }))
						.evidence(writer, Literals.VSS_WRITER__STATE)
						.evidence(writer, Literals.VSS_WRITER__LAST_ERROR);
				VssWriters.service(writer.getName()).ifPresentOrElse(
						service -> finding.recommendation(NLS.bind(Messages.WriterFailed_recommendation, service))
								.quickFix(FIX),
						() -> finding.recommendation(Messages.WriterFailedUnknownService_recommendation));
				finding.add();
			}
		}
		if (!anyFailed) {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.WritersStable_message, writers.size()))
					.evidence(writers.get(0)).add();
		}
	}
}
