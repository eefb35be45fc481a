package marswb.engine;

import marswb.engine.spi.RemediationStep;

import marswb.engine.spi.QuickFix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import marswb.engine.internal.CheckRegistry;
import marswb.engine.internal.Messages;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;

/**
 * Quick-fixes as what-ifs on a working copy of a server model: each applied fix is recorded as an EMF change
 * (undoable, redoable), the checks run again, and the session tells which findings cleared and which appeared. The
 * applied fixes form the remediation plan. The original model is never changed.
 * <p>
 * {@link #apply}, {@link #undo} and {@link #redo} change the working copy and run the checks in one call. A caller
 * that must change the model on one thread (where its views read it) and run the checks on another calls
 * {@link #applyChange}, {@link #undoChange} or {@link #redoChange} there, then {@link #rerun()}; the session is not
 * thread-safe, so the caller runs these one at a time.
 *
 * @since 0.1
 */
public final class WhatIfSession {

	/** What one fix (or undo) changed in the findings. */
	public record Delta(List<Finding> cleared, List<Finding> appeared) {
	}

	/**
	 * {@code explained}: for each problem that the fixed finding, or a finding the fix cleared, explained, the title
	 * of that cause.
	 */
	private record Applied(String fixInstanceId, RemediationStep step, ChangeDescription change, int depth,
			Map<String, String> explained) {
	}

	private final Analyzer analyzer;
	private final Map<String, QuickFix> fixes;
	private final Server workingCopy;
	private final Deque<Applied> applied = new ArrayDeque<>();
	private final Deque<Applied> undone = new ArrayDeque<>();
	private Diagnosis current;
	/** The fix applied since the last run of the checks, which learns from that run what it cleared. */
	private Applied awaitingRerun;

	public WhatIfSession(Analyzer analyzer, Map<String, QuickFix> fixes, Server original) {
		this.analyzer = analyzer;
		this.fixes = Map.copyOf(fixes);
		this.workingCopy = EcoreUtil.copy(original);
		this.current = analyzer.analyze(workingCopy).diagnosis();
	}

	/** A session over the platform's checks and quick-fixes. */
	public static WhatIfSession platform(Server original) {
		Map<String, QuickFix> fixes = new HashMap<>();
		CheckRegistry.platform().fixes().forEach((id, fix) -> fixes.put(id, fix.fix()));
		return new WhatIfSession(Analyzer.platform(), fixes, original);
	}

	public Diagnosis diagnosis() {
		return current;
	}

	public Server workingCopy() {
		return workingCopy;
	}

	/** Quick-fix instance ids offered by the current findings. */
	public List<String> offeredFixes() {
		List<String> ids = new ArrayList<>();
		current.getFindings().forEach(f -> ids.addAll(f.getQuickFixes()));
		return ids;
	}

	/**
	 * Applies a quick-fix instance ({@code fixId} or {@code fixId@subject}) offered by a current finding.
	 *
	 * @throws IllegalArgumentException when no current finding offers it
	 */
	public Delta apply(String fixInstanceId) {
		applyChange(fixInstanceId);
		return rerun();
	}

	/**
	 * Applies a quick-fix instance offered by a current finding to the working copy only; the findings stay as
	 * they are until {@link #rerun()}.
	 *
	 * @throws IllegalArgumentException when no current finding offers it
	 */
	public void applyChange(String fixInstanceId) {
		// symptoms offer their root cause's fix too; the fix itself works on the finding nearest the root
		CauseChain chain = CauseChain.of(current);
		Finding finding = current.getFindings().stream().filter(f -> f.getQuickFixes().contains(fixInstanceId))
				.min(Comparator.comparingInt(chain::depth)).orElseThrow(() -> new IllegalArgumentException(
						offeredFixes().isEmpty() ? NLS.bind(Messages.WhatIf_noneOffered, fixInstanceId)
								: NLS.bind(Messages.WhatIf_notOffered, fixInstanceId, String.join(", ", offeredFixes()))));
		String fixId = fixInstanceId.contains("@") ? fixInstanceId.substring(0, fixInstanceId.indexOf('@'))
				: fixInstanceId;
		QuickFix fix = fixes.get(fixId);
		if (fix == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.WhatIf_noSuchFix, fixId));
		}
		String refusal = fix.refusal(workingCopy, finding);
		if (refusal != null) {
			throw new IllegalArgumentException(NLS.bind(Messages.WhatIf_refused, fixInstanceId, refusal));
		}
		RemediationStep step = fix.remediation(workingCopy, finding).forInstance(fixInstanceId);
		ChangeRecorder recorder = new ChangeRecorder(workingCopy);
		ChangeDescription change;
		try {
			fix.apply(workingCopy, finding);
		} finally {
			change = recorder.endRecording();
			recorder.dispose();
		}
		Map<String, String> explained = new HashMap<>();
		chain.symptoms(finding).forEach(symptom -> explained.put(problemKey(symptom), finding.getTitle()));
		Applied done = new Applied(fixInstanceId, step, change, chain.depth(finding), explained);
		applied.push(done);
		awaitingRerun = done;
		undone.clear();
	}

	/** The applied quick-fix instances in the order they were applied (undone ones left out). */
	public List<String> appliedFixes() {
		List<String> ids = new ArrayList<>();
		applied.descendingIterator().forEachRemaining(done -> ids.add(done.fixInstanceId()));
		return ids;
	}

	public boolean canUndo() {
		return !applied.isEmpty();
	}

	public boolean canRedo() {
		return !undone.isEmpty();
	}

	/** Reverts the last applied fix. */
	public Delta undo() {
		undoChange();
		return rerun();
	}

	/** Reverts the last applied fix in the working copy only, until {@link #rerun()}. */
	public void undoChange() {
		Applied last = applied.pop();
		last.change().applyAndReverse();
		undone.push(last);
		awaitingRerun = null;
	}

	/** Applies again the fix undone last. */
	public Delta redo() {
		redoChange();
		return rerun();
	}

	/** Applies again the fix undone last to the working copy only, until {@link #rerun()}. */
	public void redoChange() {
		Applied last = undone.pop();
		last.change().applyAndReverse();
		applied.push(last);
		awaitingRerun = null;
	}

	/**
	 * The applied fixes as a plan: causes before the symptoms they explain (in the order applied otherwise), then
	 * the problems still present in the what-if, which no step addresses, with their manual action.
	 */
	public RemediationPlan plan() {
		List<Applied> ordered = new ArrayList<>();
		applied.descendingIterator().forEachRemaining(ordered::add);
		ordered.sort(Comparator.comparingInt(Applied::depth));
		List<RemediationStep> steps = ordered.stream().map(Applied::step).toList();
		List<RemediationPlan.Unaddressed> rest = new ArrayList<>();
		for (Finding finding : current.getFindings()) {
			if (CauseChain.isProblem(finding)) {
				int step = 0;
				String cause = null;
				for (int i = 0; i < ordered.size() && cause == null; i++) {
					cause = ordered.get(i).explained().get(problemKey(finding));
					step = i + 1;
				}
				step = cause == null ? 0 : step;
				rest.add(new RemediationPlan.Unaddressed(finding.getOutcome().getLiteral(), finding.getTitle(),
						finding.getSubjectKey(), finding.getRecommendation(), step, cause));
			}
		}
		return new RemediationPlan(workingCopy.getHostName(), steps, rest);
	}

	/** Runs the checks on the working copy as it is now; says what cleared and appeared since the last run. */
	public Delta rerun() {
		Diagnosis before = current;
		current = analyzer.analyze(workingCopy).diagnosis();
		Delta delta = new Delta(difference(before, current), difference(current, before));
		if (awaitingRerun != null) {
			CauseChain chain = CauseChain.of(before);
			for (Finding cleared : delta.cleared()) {
				chain.symptoms(cleared).forEach(s -> awaitingRerun.explained().putIfAbsent(problemKey(s), cleared.getTitle()));
			}
			awaitingRerun = null;
		}
		return delta;
	}

	/** Problems ({@link Outcomes#isProblem}) of {@code a} that {@code b} does not have. */
	private static List<Finding> difference(Diagnosis a, Diagnosis b) {
		Set<String> keys = new HashSet<>();
		b.getFindings().stream().filter(WhatIfSession::isProblem).forEach(f -> keys.add(key(f)));
		return a.getFindings().stream().filter(WhatIfSession::isProblem).filter(f -> !keys.contains(key(f)))
				.toList();
	}

	private static boolean isProblem(Finding finding) {
		return Outcomes.isProblem(finding.getOutcome());
	}

	private static String problemKey(Finding finding) {
		return finding.getCheck() + "|" + finding.getSubjectKey();
	}

	private static String key(Finding finding) {
		return finding.getCheck() + "|" + finding.getSubjectKey() + "|" + finding.getOutcome();
	}
}
