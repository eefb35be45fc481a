package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fuzzes each target for a fixed time, one JVM per target (Jazzer fuzzes one target per process), two at a time,
 * starting from the
 * committed corpus, and prints executions per second per target. Exits non-zero when a target had a finding; its
 * input is under {@code <work>/findings/<TARGET>/}, to be fixed and then added to the corpus (see
 * docs/architecture.md, "Fuzzing").
 *
 * <p>
 * Arguments: seconds per target (0: none), the committed corpus folder, a work folder, and optionally one target.
 */
public final class FuzzAll {

	private static final Pattern RUNS = Pattern.compile("stat::number_of_executed_units: (\\d+)");
	private static final Pattern TIME = Pattern.compile("Done (\\d+) runs in (\\d+) second");

	private FuzzAll() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		int seconds = Integer.parseInt(args[0]);
		Path corpus = Path.of(args[1]);
		Path work = Path.of(args[2]);
		String only = args.length > 3 ? args[3].strip() : "";
		if (seconds <= 0) {
			System.out.println("fuzzing skipped (fuzz.seconds=" + seconds + ")");
			return;
		}
		// one process per core: a fuzzing process keeps one core busy, and the build does nothing else meanwhile
		ExecutorService workers = Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()));
		Map<FuzzTarget, Future<Boolean>> runs = new EnumMap<>(FuzzTarget.class);
		long started = System.nanoTime();
		for (FuzzTarget target : FuzzTarget.values()) {
			if (only.isEmpty() || target.name().equalsIgnoreCase(only)) {
				runs.put(target, workers.submit(() -> fuzz(target, seconds, corpus.resolve(target.name()), work)));
			}
		}
		workers.shutdown();
		List<String> failed = new ArrayList<>();
		for (Map.Entry<FuzzTarget, Future<Boolean>> run : runs.entrySet()) {
			try {
				if (!run.getValue().get()) {
					failed.add(run.getKey().name());
				}
			} catch (ExecutionException e) {
				throw new IOException("fuzzing " + run.getKey() + " could not run", e.getCause());
			}
		}
		System.out.printf(Locale.ROOT, "fuzzing took %d s in all%n", (System.nanoTime() - started) / 1_000_000_000L);
		if (!failed.isEmpty()) {
			System.out.println("fuzzing found failures in " + failed + "; inputs under " + work.resolve("findings"));
			System.exit(1);
		}
	}

	private static boolean fuzz(FuzzTarget target, int seconds, Path seeds, Path work)
			throws IOException, InterruptedException {
		// libFuzzer adds what it finds to its first corpus folder: a copy, so the build leaves src/ alone
		Path corpus = work.resolve("corpus").resolve(target.name());
		Path findings = work.resolve("findings").resolve(target.name());
		Files.createDirectories(corpus);
		Files.createDirectories(findings);
		if (Files.isDirectory(seeds)) {
			try (Stream<Path> files = Files.list(seeds)) {
				for (Path seed : files.toList()) {
					Files.copy(seed, corpus.resolve(seed.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		Path log = work.resolve(target.name() + ".log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-Xss4m", "-Dmarswb.fuzz.target=" + target.name(), "-cp",
				System.getProperty("java.class.path"), "com.code_intelligence.jazzer.Jazzer",
				"--target_class=" + FuzzTarget.class.getName(), "--instrumentation_includes=marswb.**",
				"--custom_hook_includes=marswb.**",
				"-max_total_time=" + seconds, "-timeout=20", "-rss_limit_mb=2048", "-max_len=65536",
				"-print_final_stats=1", "-artifact_prefix=" + findings + "/",
				"--reproducer_path=" + findings, corpus.toString()));
		int fixedRuns = Integer.getInteger("marswb.fuzz.runs", 0);
		if (fixedRuns > 0) {
			// a fixed seed and count: the build's fuzzing is the same sequence of inputs on every machine
			command.addAll(command.size() - 1, List.of("-runs=" + fixedRuns, "-seed=1"));
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		// a long run stopped with Ctrl+C stops its fuzzing processes too
		Thread stop = new Thread(process::destroy);
		Runtime.getRuntime().addShutdownHook(stop);
		int exit = process.waitFor();
		Runtime.getRuntime().removeShutdownHook(stop);
		String output = Files.readString(log);
		Matcher runs = RUNS.matcher(output);
		Matcher time = TIME.matcher(output);
		long executions = runs.find() ? Long.parseLong(runs.group(1)) : 0;
		long took = time.find() ? Math.max(1, Long.parseLong(time.group(2))) : seconds;
		System.out.printf(Locale.ROOT, "fuzz %-13s %8d executions in %3d s: %7d exec/s%s%n", target.name(),
				executions, took, executions / took, exit == 0 ? "" : "  FINDING (exit " + exit + "), see " + log);
		return exit == 0;
	}
}
