package marswb.area.connectivity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.AntivirusSettings;
import marswb.model.server.Artifact;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;

/**
 * Microsoft Defender must leave the agent alone (another-process-or-antivirus-software-blocking-access-to-cache-folder
 * and ID 100050): processes cbengine.exe and every csc.exe (one per .NET Framework version: the v4 folders of
 * Framework, and Framework64 on 64-bit Windows; a bare csc.exe covers them all), folders scratch (Config\
 * ScratchLocation) and bin (InstallPath\bin). Paths compare case-insensitively; trailing backslashes and wildcards are
 * tolerated (folder\* covers the folder, an exclusion of a parent folder covers its subfolders). Defender's real-time
 * monitoring off: PASS with a note. Only the manifest can say that Defender is not installed (the collector skipped
 * the item with the reason not-installed): that is no evidence of a problem, and other products must be checked by
 * hand (INFO). A defender.json that is simply absent proves nothing (UNKNOWN).
 */
public final class AntivirusExclusionsCheck implements Check {

	static final String FIX = "connectivity.add-defender-exclusions";
	static final String WINDOWS = "C:\\Windows";
	/** The manifest's reason for an item skipped because the product it queries is not installed. */
	static final String NOT_INSTALLED = "not-installed";

	/** What Defender lacks. */
	record Missing(List<String> paths, List<String> processes) {
		boolean isEmpty() {
			return paths.isEmpty() && processes.isEmpty();
		}
	}

	@Override
	public void run(CheckContext context) {
		Optional<Artifact> artifact = context.artifact(Net.DEFENDER);
		Server server = context.server();
		if (artifact.isPresent() && "skipped".equals(artifact.get().getManifestStatus())
				&& NOT_INSTALLED.equals(artifact.get().getManifestReason())) {
			context.finding(Outcome.INFO).message(Messages.DefenderAbsent_message)
					.recommendation(Messages.DefenderAbsent_recommendation)
					.evidence(Net.MANIFEST, 0, Net.DEFENDER + ": skipped, reason " + NOT_INSTALLED)
					.add();
			return;
		}
		AntivirusSettings av = server.getAntivirus();
		if (!context.usable(Net.DEFENDER) || av == null) {
			context.unknown(Net.DEFENDER).add();
			return;
		}
		if (!context.usable(Net.REGISTRY) || server.getAgent() == null || server.getAgent().getInstallPath() == null) {
			context.unknown(Net.REGISTRY).add();
			return;
		}
		if (Boolean.TRUE.equals(av.getRealtimeMonitoringDisabled())) {
			context.finding(Outcome.PASS).message(Messages.RealtimeOff_message)
					.evidence(av, Literals.ANTIVIRUS_SETTINGS__REALTIME_MONITORING_DISABLED).add();
			return;
		}
		Missing missing = missing(server);
		if (missing.isEmpty()) {
			context.finding(Outcome.PASS).message(Messages.ExclusionsOk_message).evidence(av).add();
			return;
		}
		List<String> all = new ArrayList<>(missing.paths());
		all.addAll(missing.processes());
		FindingBuilder finding = context.finding(Outcome.FAIL).quickFix(FIX)
				.message(NLS.bind(Messages.ExclusionsMissing_message, String.join("; ", all)))
				.recommendation(Messages.ExclusionsMissing_recommendation)
				.evidence(av, Literals.ANTIVIRUS_SETTINGS__REALTIME_MONITORING_DISABLED);
		if (!missing.paths().isEmpty()) {
			finding.evidence(av, Literals.ANTIVIRUS_SETTINGS__EXCLUSION_PATHS);
		}
		if (!missing.processes().isEmpty()) {
			finding.evidence(av, Literals.ANTIVIRUS_SETTINGS__EXCLUSION_PROCESSES);
		}
		finding.add();
	}

	/** The folders and processes the agent needs excluded that Defender does not exclude. */
	static Missing missing(Server server) {
		AntivirusSettings av = server.getAntivirus();
		String install = trim(server.getAgent().getInstallPath());
		List<String> paths = new ArrayList<>();
		List<String> processes = new ArrayList<>();
		String bin = install + "\\bin";
		String scratch = server.getCache() == null ? null : server.getCache().getConfigScratchLocation();
		if (scratch != null && !scratch.isBlank() && !pathCovered(av.getExclusionPaths(), trim(scratch))) {
			paths.add(trim(scratch));
		}
		if (!pathCovered(av.getExclusionPaths(), bin)) {
			paths.add(bin);
		}
		String cbengine = bin + "\\cbengine.exe";
		if (!processCovered(av.getExclusionProcesses(), cbengine)) {
			processes.add(cbengine);
		}
		List<String> csc = new ArrayList<>();
		csc.add(WINDOWS + "\\Microsoft.NET\\Framework\\v4.0.30319\\csc.exe");
		String type = server.getOperatingSystem() == null ? null : server.getOperatingSystem().getSystemType();
		if (type == null || type.contains("64")) {
			csc.add(WINDOWS + "\\Microsoft.NET\\Framework64\\v4.0.30319\\csc.exe");
		}
		for (String c : csc) {
			if (!processCovered(av.getExclusionProcesses(), c)) {
				processes.add(c);
			}
		}
		return new Missing(paths, processes);
	}

	static String trim(String path) {
		String p = path.trim();
		while (p.endsWith("\\") && p.length() > 3) {
			p = p.substring(0, p.length() - 1);
		}
		return p;
	}

	/** An exclusion of the folder itself, of folder\*, or of a parent folder. */
	static boolean pathCovered(List<String> exclusions, String folder) {
		String target = norm(folder);
		for (String exclusion : exclusions) {
			String e = norm(exclusion);
			while (e.endsWith("\\*") || e.endsWith("\\*.*")) {
				e = e.substring(0, e.lastIndexOf('\\'));
			}
			e = trim(e);
			if (e.isEmpty()) {
				continue;
			}
			if (glob(e).matcher(target).matches() || target.startsWith(e + "\\")) {
				return true;
			}
		}
		return false;
	}

	/** A process exclusion with the same file name alone, or a full path (wildcards allowed) that matches. */
	static boolean processCovered(List<String> exclusions, String process) {
		String target = norm(process);
		String name = target.substring(target.lastIndexOf('\\') + 1);
		for (String exclusion : exclusions) {
			String e = norm(exclusion);
			if (!e.contains("\\") ? glob(e).matcher(name).matches() : glob(e).matcher(target).matches()) {
				return true;
			}
		}
		return false;
	}

	private static String norm(String path) {
		String p = path.trim().toLowerCase(Locale.ROOT).replace('/', '\\');
		p = p.replace("%windir%", WINDOWS.toLowerCase(Locale.ROOT))
				.replace("%systemroot%", WINDOWS.toLowerCase(Locale.ROOT))
				.replace("%programfiles%", "c:\\program files");
		while (p.endsWith("\\") && p.length() > 3) {
			p = p.substring(0, p.length() - 1);
		}
		return p;
	}

	private static Pattern glob(String pattern) {
		StringBuilder regex = new StringBuilder();
		for (char ch : pattern.toCharArray()) {
			if (ch == '*') {
				regex.append("[^\\\\]*");
			} else if (ch == '?') {
				regex.append("[^\\\\]");
			} else {
				regex.append(Pattern.quote(String.valueOf(ch)));
			}
		}
		return Pattern.compile(regex.toString());
	}
}
