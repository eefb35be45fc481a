package marswb.ui.internal.bundles;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * The start-up benchmark's probe (releng/benchmarks/workbench-startup.sh): with {@code -Dmarswb.startupTiming=<the
 * launch time in epoch milliseconds>}, the workbench notes when each stage of its start ended, prints them on
 * standard error once the Findings view holds the rows of the first bundle and has painted them, and closes. Without
 * the property it does nothing.
 */
public final class StartupTiming {

	private static final String PROPERTY = "marswb.startupTiming";
	private static final Map<String, Long> MARKS = new LinkedHashMap<>();
	private static boolean reported;

	private StartupTiming() {
	}

	/** Notes the end of a stage, the first time only. */
	public static synchronized void mark(String stage) {
		if (System.getProperty(PROPERTY) != null) {
			MARKS.putIfAbsent(stage, System.currentTimeMillis());
		}
	}

	/** The Findings view has rows: once they are painted, reports and closes the workbench. */
	public static void findingsShown(Display display) {
		if (System.getProperty(PROPERTY) == null || reported) {
			return;
		}
		reported = true;
		display.asyncExec(() -> {
			mark("findings");
			System.err.println(report(Long.parseLong(System.getProperty(PROPERTY))));
			PlatformUI.getWorkbench().close();
		});
	}

	/**
	 * E.g. "marswb startup: 2710 ms to findings (jvm 95, application 1210, read 1800, analyzed 2300, workbench 2500,
	 * findings 2710; cpu 4100)": milliseconds since the launch.
	 */
	static synchronized String report(long launched) {
		StringBuilder stages = new StringBuilder("jvm " + (ManagementFactory.getRuntimeMXBean().getStartTime() - launched));
		MARKS.forEach((stage, at) -> stages.append(", ").append(stage).append(' ').append(at - launched));
		// the process's CPU time, all threads: unlike the wall-clock time, it hardly depends on the machine's load
		long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
		return "marswb startup: " + (MARKS.get("findings") - launched) + " ms to findings (" + stages + "; cpu "
				+ cpu + ")";
	}
}
