package marswb.engine;

import marswb.engine.spi.Check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import marswb.engine.internal.CheckRegistry;
import marswb.engine.internal.CheckRegistry.RegisteredCheck;
import marswb.engine.internal.CheckRun;
import marswb.engine.internal.Messages;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.DiagnosisFactory;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;

/**
 * Runs the contributed checks against a server model: in parallel, each within a time bound, a failing or hanging
 * check isolated as an ERROR finding while the others go on. Findings come back worst first.
 *
 * @since 0.1
 */
public final class Analyzer {

	/** How long one check took and what it concluded. */
	public record CheckTiming(String check, long durationMs, Outcome worst) {
	}

	/** The findings of a run, per-check timings, and contributions that could not be loaded. */
	public record Result(Diagnosis diagnosis, List<CheckTiming> timings, List<String> registryProblems) {
	}

	/** Worst first: outcome, then severity, then check id and subject for a stable order. */
	public static final Comparator<Finding> WORST_FIRST = Comparator
			.comparing((Finding f) -> f.getOutcome().getValue()).thenComparing(f -> f.getSeverity().getValue())
			.thenComparing(Finding::getCheck)
			.thenComparing(f -> f.getSubjectKey() == null ? "" : f.getSubjectKey());

	public static final Duration DEFAULT_TIME_BOUND = Duration.ofSeconds(20);

	/**
	 * The threads checks run on, shared by every analysis: a triage analyzes dozens of bundles a second, and a pool
	 * of its own per analysis started a thread per check each time. A check that overran its time bound is
	 * interrupted and its thread, should it not stop, is simply not reused; idle threads end after a minute.
	 */
	private static final ExecutorService CHECK_THREADS = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "marswb-check");
		thread.setDaemon(true);
		return thread;
	});

	private final List<RegisteredCheck> checks;
	private final List<String> registryProblems;
	private final Duration timeBound;

	private Analyzer(List<RegisteredCheck> checks, List<String> registryProblems, Duration timeBound) {
		this.checks = checks;
		this.registryProblems = registryProblems;
		this.timeBound = timeBound;
	}

	/** The checks contributed to the running platform. */
	public static Analyzer platform() {
		CheckRegistry registry = CheckRegistry.platform();
		return new Analyzer(registry.checks(), registry.problems(), DEFAULT_TIME_BOUND);
	}

	/** Given checks (tests, or a caller that filters the contributions itself). */
	public static Analyzer of(Map<CheckDescriptor, Check> checks, Duration timeBound) {
		List<RegisteredCheck> list = new ArrayList<>();
		checks.forEach((descriptor, check) -> list.add(new RegisteredCheck(descriptor, check)));
		list.sort(Comparator.comparing(c -> c.descriptor().id()));
		return new Analyzer(list, List.of(), timeBound);
	}

	public List<CheckDescriptor> descriptors() {
		return checks.stream().map(RegisteredCheck::descriptor).toList();
	}

	public Result analyze(Server server) {
		return analyze(server, descriptor -> true);
	}

	public Result analyze(Server server, Predicate<CheckDescriptor> filter) {
		materializeLists(server);
		List<RegisteredCheck> selected = checks.stream().filter(c -> filter.test(c.descriptor())).toList();
		List<CheckRun> runs = new ArrayList<>();
		List<Future<?>> futures = new ArrayList<>();
		for (RegisteredCheck check : selected) {
			CheckRun run = new CheckRun(server, check);
			runs.add(run);
			futures.add(CHECK_THREADS.submit(run));
		}
		long deadline = System.nanoTime() + timeBound.toNanos();
		for (int i = 0; i < runs.size(); i++) {
			await(futures.get(i), runs.get(i), deadline);
		}
		return collect(server, runs);
	}

	private void await(Future<?> future, CheckRun run, long deadline) {
		try {
			future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		} catch (TimeoutException | CancellationException e) {
			future.cancel(true);
			run.failed(NLS.bind(Messages.Error_timeout, timeBound.toSeconds()));
		} catch (ExecutionException e) {
			run.failed(NLS.bind(Messages.Error_thrown, String.valueOf(e.getCause())));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			run.failed(Messages.Error_interrupted);
		}
	}

	private static Result collect(Server server, List<CheckRun> runs) {
		Diagnosis diagnosis = DiagnosisFactory.eINSTANCE.createDiagnosis();
		diagnosis.setBundleName(server.getBundleName());
		diagnosis.setServer(server);
		List<CheckTiming> timings = new ArrayList<>();
		for (CheckRun run : runs) {
			List<Finding> findings = run.findings();
			diagnosis.getFindings().addAll(findings);
			Outcome worst = findings.stream().map(Finding::getOutcome).min(Comparator.comparing(Outcome::getValue))
					.orElse(Outcome.UNKNOWN);
			timings.add(new CheckTiming(run.checkId(), run.durationMs(), worst));
		}
		for (CheckRun run : runs) {
			run.linkCauses(diagnosis.getFindings());
		}
		List<Finding> sorted = new ArrayList<>(diagnosis.getFindings());
		sorted.sort(WORST_FIRST);
		diagnosis.getFindings().clear();
		diagnosis.getFindings().addAll(sorted);
		offerRootFixes(CauseChain.of(diagnosis));
		return new Result(diagnosis, timings, List.of());
	}

	/**
	 * A symptom's quick-fix list starts with the fixes of its root causes: fixing the symptom alone would leave the
	 * cause in place (and a fix must not lean on what another finding shows to be broken).
	 */
	private static void offerRootFixes(CauseChain chain) {
		for (Finding finding : chain.roots().stream().flatMap(r -> chain.symptoms(r).stream()).distinct().toList()) {
			Set<String> offered = new LinkedHashSet<>();
			chain.rootsOf(finding).forEach(root -> offered.addAll(root.getQuickFixes()));
			offered.addAll(finding.getQuickFixes());
			finding.getQuickFixes().clear();
			finding.getQuickFixes().addAll(offered);
		}
	}

	/**
	 * Generated EMF getters create their lists on first use; create them all now, in this thread, so that checks
	 * running in parallel only read.
	 */
	private static void materializeLists(Server server) {
		touch(server);
		for (TreeIterator<EObject> it = server.eAllContents(); it.hasNext();) {
			touch(it.next());
		}
	}

	private static void touch(EObject object) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isMany()) {
				object.eGet(feature);
			}
		}
	}

	public List<String> registryProblems() {
		return registryProblems;
	}
}
