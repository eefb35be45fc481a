package marswb.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import marswb.engine.ServerDates;
import marswb.model.provenance.Provenance;
import marswb.model.server.Agent;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.BackupPolicy;
import marswb.model.server.CacheSettings;
import marswb.model.server.ErrorCodeCount;
import marswb.model.server.FailedFilesSummary;
import marswb.model.server.FileSpec;
import marswb.model.server.FolderCount;
import marswb.model.server.Job;
import marswb.model.server.LogHit;
import marswb.model.server.NetworkSettings;
import marswb.model.server.Origin;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.ScheduledTask;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.Server;
import marswb.model.server.Service;
import marswb.model.server.ShadowStorage;
import marswb.model.server.TaskTrigger;
import marswb.model.server.Volume;

/** The readable summary of {@code marswb show}: one section per troubleshooting area, then the artifacts. */
final class ShowText {

	private static final int LABEL_WIDTH = 28;

	private final PrintStream out;
	/** The server being printed, whose calendar dates are written in. */
	private Server server;

	ShowText(PrintStream out) {
		this.out = out;
	}

	/** The text {@link #print} writes, for the appendix of a report. */
	static String of(Server server) {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		try (PrintStream stream = new PrintStream(text, true, StandardCharsets.UTF_8)) {
			new ShowText(stream).print(server);
		}
		return text.toString(StandardCharsets.UTF_8);
	}

	void print(Server server) {
		this.server = server;
		out.println(Messages.format(Messages.Show_title, orUnknown(host(server)), server.getBundleName()));
		row(Messages.Show_collected, collected(server));
		system(server);
		agent(server);
		network(server.getNetwork());
		cache(server);
		tasks(server);
		policy(server.getPolicy());
		jobs(server);
		failedFiles(server.getFailedFiles());
		logs(server);
		restore(server);
		antivirus(server);
		extensions(server);
		artifacts(server);
	}

	/** The collection time, marked when it was inferred from file times rather than read from a manifest. */
	static String collected(Server server) {
		if (server.getCollectedAtUtc() == null) {
			return Messages.Show_unknown;
		}
		String utc = ServerDates.time(server.getCollectedAtUtc());
		Integer offset = server.getLocalUtcOffsetMinutes();
		String text = offset == null ? utc
				: Messages.format(Messages.Show_collectedWithOffset, utc,
						ZoneOffset.ofTotalSeconds(offset * 60).getId());
		return server.getInferred().contains("collectedAtUtc") ? Messages.format(Messages.Show_inferred, text) : text;
	}

	/** The host name, marked when it was inferred. */
	static String host(Server server) {
		String host = server.getHostName();
		return host != null && server.getInferred().contains("host") ? Messages.format(Messages.Show_inferred, host)
				: host;
	}

	private void system(Server server) {
		section(Messages.Show_sectionSystem);
		var os = server.getOperatingSystem();
		row(Messages.Show_os, os == null ? null : join(" ", os.getName(), os.getVersion(), paren(os.getSystemType())));
		row(Messages.Show_timeZone, server.getTime() == null ? null : server.getTime().getTimeZoneId());
		var dotNet = server.getDotNet();
		row(Messages.Show_dotNet, dotNet == null || dotNet.getRelease() == null ? null
				: Messages.format(Messages.Show_dotNetValue, orUnknown(dotNet.getVersion()), dotNet.getRelease()));
		var tls = server.getTls();
		if (tls != null) {
			List<String> parts = new ArrayList<>();
			tls.getProtocols().forEach(p -> parts.add(p.getProtocol() + " " + p.getSide() + ": Enabled="
					+ orDash(p.getEnabled()) + " DisabledByDefault=" + orDash(p.getDisabledByDefault())));
			parts.add("SchUseStrongCrypto=" + orDash(tls.getSchUseStrongCrypto()) + " SystemDefaultTlsVersions="
					+ orDash(tls.getSystemDefaultTlsVersions()));
			row(Messages.Show_tls, String.join("; ", parts));
		} else {
			row(Messages.Show_tls, null);
		}
		PowerShellInfo ps = server.getPowerShell();
		row(Messages.Show_powerShell, ps == null ? null : join(" ", ps.getVersion(), paren(ps.getEdition())));
		row(Messages.Show_executionPolicy, ps == null || ps.getExecutionPolicies().isEmpty() ? null
				: ps.getExecutionPolicies().stream().map(p -> p.getScope() + "=" + p.getPolicy())
						.collect(Collectors.joining(" ")));
		row(Messages.Show_psModulePath, ps == null ? null : ps.getMachinePSModulePath());
		row(Messages.Show_hotfixes, server.getHotfixes().isEmpty() ? null : newestHotfix(server));
		row(Messages.Show_tmpCount, server.getWindowsTempTmpCount() == null ? null
				: String.format(Locale.ROOT, "%,d", server.getWindowsTempTmpCount()));
		services(server);
	}

	private String newestHotfix(Server server) {
		var newest = server.getHotfixes().stream().filter(h -> h.getInstalledOn() != null)
				.max(Comparator.comparing(h -> h.getInstalledOn()));
		return newest.map(h -> Messages.format(Messages.Show_hotfixesValue, server.getHotfixes().size(),
				h.getHotFixId(), day(h.getInstalledOn()))).orElse(String.valueOf(server.getHotfixes().size()));
	}

	private void services(Server server) {
		for (String name : List.of("obengine", "MSiSCSI", "VSS", "swprv")) {
			server.getServices().stream().filter(s -> name.equalsIgnoreCase(s.getName())).findFirst()
					.ifPresent(s -> row(Messages.format(Messages.Show_service, s.getName()), serviceState(s)));
		}
	}

	private static String serviceState(Service service) {
		return join(", ", service.getState(), service.getStartMode(), service.getStartName());
	}

	private void agent(Server server) {
		section(Messages.Show_sectionAgent);
		Agent agent = server.getAgent();
		row(Messages.Show_agentVersion, agent == null ? null : agent.getVersion());
		row(Messages.Show_installPath, agent == null ? null : agent.getInstallPath());
		var registration = agent == null ? null : agent.getRegistration();
		row(Messages.Show_vault, registration == null ? null
				: join(" ", registration.getVaultName(), paren(registration.getResourceGroupName())));
		row(Messages.Show_subscription, registration == null ? null : registration.getSubscriptionId());
		row(Messages.Show_machineId, registration == null ? null : registration.getMachineId());
		row(Messages.Show_encryptionKey, agent == null ? null
				: agent.getEncryptionKeyStatus() != null ? agent.getEncryptionKeyStatus()
						: agent.getMachineSettingEncryptionRaw());
		server.getVaultCredentials().forEach(v -> row(Messages.Show_vaultCredentials,
				join(" ", v.getFileName(), "->", v.getResourceName(), v.getFileNameDate() == null ? null
						: paren(day(v.getFileNameDate())))));
		server.getCertificates().stream().filter(c -> c.getSubject() != null && c.getSubject().contains("CB_"))
				.forEach(c -> row(Messages.Show_certificate, join(" ", c.getSubject(),
						c.getNotAfter() == null ? null : Messages.format(Messages.Show_expires, day(c.getNotAfter())))));
	}

	private void network(NetworkSettings network) {
		section(Messages.Show_sectionNetwork);
		if (network == null) {
			row(Messages.Show_proxy, null);
			return;
		}
		var winHttp = network.getWinHttp();
		row(Messages.Show_winHttp, winHttp == null ? null
				: Boolean.TRUE.equals(winHttp.getDirectAccess()) ? Messages.Show_direct
						: join(" ", winHttp.getProxyServer(), winHttp.getBypassList() == null ? null
								: Messages.format(Messages.Show_bypass, winHttp.getBypassList())));
		var inet = network.getSystemInternet();
		row(Messages.Show_systemInternet, inet == null ? null
				: join(" ", "ProxyEnable=" + orDash(inet.getProxyEnable()), kv("ProxyServer", inet.getProxyServer()),
						kv("ProxyOverride", inet.getProxyOverride()), kv("AutoConfigURL", inet.getAutoConfigUrl())));
		var agentProxy = network.getAgentProxy();
		row(Messages.Show_agentProxy, agentProxy == null ? null
				: join(" ", "Enabled=" + orDash(agentProxy.getEnabled()), kv("ProxyServer", agentProxy.getProxyServer()),
						kv("ProxyPort", agentProxy.getProxyPort()), kv("User", agentProxy.getUserName())));
		network.getProbes().forEach(p -> row(Messages.format(Messages.Show_probe, p.getTarget(), orDash(p.getPort())),
				join(" ", "TCP=" + orDash(p.getTcpTestSucceeded()), kv("HTTP", p.getHttpStatus()), p.getError())));
	}

	private void cache(Server server) {
		section(Messages.Show_sectionCache);
		CacheSettings cache = server.getCache();
		row(Messages.Show_scratchConfig, cache == null ? null : cache.getConfigScratchLocation());
		row(Messages.Show_scratchProvider, cache == null ? null : cache.getProviderScratchLocation());
		row(Messages.Show_scratchFolder, cache == null || cache.getFolderExists() == null ? null
				: cache.getFolderExists() ? join(" ", cache.getFolderFullName(), paren(cache.getFolderAttributes()))
						: Messages.Show_notFound);
		row(Messages.Show_kek, cache == null || cache.getKekPresent() == null ? null
				: cache.getKekPresent() ? Messages.Show_present : Messages.Show_absent);
		for (Volume volume : server.getVolumes()) {
			String name = volume.getDriveLetter() == null || volume.getDriveLetter().isEmpty()
					? orUnknown(volume.getPath())
					: volume.getDriveLetter() + ":";
			row(Messages.format(Messages.Show_volume, name), join(" ", volume.getFileSystem(), volume.getDriveType(),
					volume.getSize() == null ? null : Messages.format(Messages.Show_volumeFree,
							bytes(volume.getSizeRemaining()), bytes(volume.getSize()), percent(volume))));
		}
		for (ShadowStorage storage : server.getShadowStorages()) {
			row(Messages.format(Messages.Show_shadowStorage, storage.getForVolume()),
					Messages.format(Messages.Show_shadowStorageValue, bytes(storage.getUsedBytes()),
							storage.isMaximumUnbounded() ? "UNBOUNDED" : bytes(storage.getMaximumBytes()),
							orUnknown(storage.getStorageVolume())));
		}
	}

	private static String percent(Volume volume) {
		if (volume.getSizeRemaining() == null || volume.getSize() == null || volume.getSize() == 0) {
			return "?";
		}
		return String.format(Locale.ROOT, "%.1f %%", 100.0 * volume.getSizeRemaining() / volume.getSize());
	}

	private void tasks(Server server) {
		section(Messages.Show_sectionTasks);
		if (server.getTasks().isEmpty()) {
			row(Messages.Show_tasks, null);
		}
		for (ScheduledTask task : server.getTasks()) {
			String principal = task.getPrincipalUserId() != null ? task.getPrincipalUserId() : task.getPrincipalGroupId();
			row(task.getPath(), Messages.format(Messages.Show_taskValue, enabled(task.getEnabled()),
					orUnknown(task.getMultipleInstancesPolicy()), orUnknown(principal)));
			for (TaskTrigger trigger : task.getTriggers()) {
				row("  " + trigger.getKind(), join(" ", enabled(trigger.getEnabled()), trigger.getStartBoundary(),
						trigger.getDaysOfWeek().isEmpty() ? null : String.join(",", trigger.getDaysOfWeek())));
			}
		}
		row(Messages.Show_moduleFiles, server.getModuleFiles().isEmpty() ? null
				: String.valueOf(server.getModuleFiles().size()));
	}

	private void policy(BackupPolicy policy) {
		section(Messages.Show_sectionPolicy);
		if (policy == null) {
			row(Messages.Show_policy, null);
			return;
		}
		row(Messages.Show_policy, policy.getPolicyName());
		row(Messages.Show_schedule, join(" ", String.join(",", policy.getScheduleDays()),
				String.join(",", policy.getScheduleTimes())));
		row(Messages.Show_systemState, policy.getSystemStateProtected() == null ? null
				: policy.getSystemStateProtected().toString());
		for (FileSpec spec : policy.getFileSpecs()) {
			row(Boolean.TRUE.equals(spec.getIsExclude()) ? Messages.Show_exclude : Messages.Show_include,
					spec.getFileSpec());
		}
	}

	private void jobs(Server server) {
		section(Messages.Show_sectionJobs);
		if (server.getJobs().isEmpty()) {
			row(Messages.Show_jobs, null);
			return;
		}
		var byState = server.getJobs().stream()
				.collect(Collectors.groupingBy(j -> orUnknown(j.getJobState()), java.util.TreeMap::new,
						Collectors.counting()));
		row(Messages.Show_jobs, byState.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining(" ")));
		server.getJobs().stream().filter(j -> j.getErrorCode() != null).limit(10)
				.forEach(j -> row("  " + orUnknown(j.getJobType()), join(" ", j.getJobState(),
						j.getStartTime() == null ? null : time(j.getStartTime()), j.getErrorCode(), message(j))));
	}

	private static String message(Job job) {
		String text = job.getErrorMessage();
		return text == null ? null : text.length() > 120 ? text.substring(0, 117) + "..." : text;
	}

	private void failedFiles(FailedFilesSummary summary) {
		section(Messages.Show_sectionFailedFiles);
		if (summary == null) {
			row(Messages.Show_failedFiles, null);
			return;
		}
		row(Messages.Show_failedFiles, String.format(Locale.ROOT, "%,d", summary.getTotalEntries()));
		for (ErrorCodeCount code : summary.getCodes()) {
			row("  " + (code.getCode() == null || code.getCode().isEmpty() ? Messages.Show_noCode : code.getCode()),
					String.format(Locale.ROOT, "%,d", code.getCount()));
		}
		for (FolderCount folder : summary.getTopFolders().stream().limit(5).toList()) {
			row("  " + Messages.Show_folder, folder.getFolder() + " (" + folder.getCount() + ")");
		}
	}

	private void logs(Server server) {
		section(Messages.Show_sectionLogs);
		if (server.getLogs() == null) {
			row(Messages.Show_logs, null);
			return;
		}
		server.getLogs().getFiles().forEach(f -> row(f.getArtifact(), Messages.format(Messages.Show_logFileValue,
				f.getLines(), f.getWarnings(), f.getErrors())
				+ (f.getMalformedLines() > 0 ? Messages.format(Messages.Show_logNoLayout, f.getMalformedLines()) : "")));
		// a signature's count spans every log; its first occurrence names the file, so none is listed under another
		if (!server.getLogs().getHits().isEmpty() || !server.getLogs().getIgnoredHits().isEmpty()) {
			row(Messages.Show_logSignatures, Messages.format(Messages.Show_logSignaturesValue,
					server.getLogs().getHits().size()));
		}
		for (LogHit hit : server.getLogs().getHits()) {
			Origin first = Provenance.of(hit, Literals.LOG_HIT__SIGNATURE).orElse(null);
			row("  " + hit.getSignature(), join(", ", hit.getCount() + "x",
					first == null ? null : Messages.format(Messages.Show_firstIn, first.getArtifact() + ":" + first.getLine()),
					hit.getLastTime() == null ? null : Messages.format(Messages.Show_lastSeen, time(hit.getLastTime()))));
		}
		for (LogHit hit : server.getLogs().getIgnoredHits()) {
			row("  " + hit.getSignature(), Messages.format(Messages.Show_ignoredHit, hit.getCount()));
		}
		row(Messages.Show_events, server.getEvents().isEmpty() ? null : String.valueOf(server.getEvents().size()));
	}

	private void restore(Server server) {
		section(Messages.Show_sectionRestore);
		row(Messages.Show_iscsiDevice, server.getIscsiDevices().isEmpty() ? Messages.Show_none
				: server.getIscsiDevices().stream().map(d -> join(" ", d.getFriendlyName(), paren(d.getStatus())))
						.collect(Collectors.joining("; ")));
		server.getServices().stream().filter(s -> "MSiSCSI".equalsIgnoreCase(s.getName())).findFirst()
				.ifPresent(s -> row(Messages.format(Messages.Show_service, s.getName()), serviceState(s)));
	}

	private void antivirus(Server server) {
		section(Messages.Show_sectionAntivirus);
		var av = server.getAntivirus();
		if (av == null) {
			row(Messages.Show_defender, null);
			return;
		}
		row(Messages.Show_realtime, av.getRealtimeMonitoringDisabled() == null ? null
				: av.getRealtimeMonitoringDisabled() ? Messages.Show_off : Messages.Show_on);
		row(Messages.Show_exclusionPaths, String.join("; ", av.getExclusionPaths()));
		row(Messages.Show_exclusionProcesses, String.join("; ", av.getExclusionProcesses()));
	}

	/** Plugins' objects, known only through their Ecore: one row per object, its set attributes as name=value. */
	private void extensions(Server server) {
		if (server.getExtensions().isEmpty()) {
			return;
		}
		section(Messages.Show_sectionExtensions);
		for (EObject object : server.getExtensions()) {
			List<String> values = new ArrayList<>();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				Object value = object.eGet(attribute);
				if (value != null && !(value instanceof java.util.Collection<?> many && many.isEmpty())) {
					values.add(attribute.getName() + "=" + value);
				}
			}
			row(object.eClass().getName(), String.join(", ", values));
		}
	}

	private void artifacts(Server server) {
		section(Messages.Show_sectionArtifacts);
		for (ArtifactStatus status : ArtifactStatus.VALUES) {
			long count = server.getArtifacts().stream().filter(a -> a.getStatus() == status).count();
			if (count > 0) {
				out.print("  " + status.getLiteral() + "=" + count);
			}
		}
		out.println();
		for (Artifact artifact : server.getArtifacts()) {
			// input without a manifest: what each file was taken for, and why
			String source = artifact.getSource();
			String recognized = artifact.getRecognition() == null ? ""
					: "  " + (source == null || source.equals(artifact.getPath()) ? artifact.getRecognition()
							: Messages.format(Messages.Show_readFrom, source, artifact.getRecognition()));
			if (artifact.getStatus() != ArtifactStatus.OK || artifact.getMessage() != null || !recognized.isEmpty()) {
				out.println("  " + pad(artifact.getStatus().getLiteral(), 11) + artifact.getPath()
						+ (artifact.getMessage() == null ? "" : ": " + artifact.getMessage()) + recognized);
			}
		}
	}

	private void section(String title) {
		out.println();
		out.println(title);
	}

	private void row(String label, String value) {
		out.println("  " + pad(label, LABEL_WIDTH) + " " + (value == null || value.isBlank() ? Messages.Show_unknown : value));
	}

	private static String pad(String text, int width) {
		StringBuilder padded = new StringBuilder(text);
		// CJK characters take two columns in a terminal
		int columns = text.codePoints().map(c -> Character.isIdeographic(c) ? 2 : 1).sum();
		while (columns++ < width) {
			padded.append(' ');
		}
		return padded.toString();
	}

	private static String join(String separator, String... parts) {
		return java.util.Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank())
				.collect(Collectors.joining(separator));
	}

	private static String paren(String text) {
		return text == null || text.isBlank() ? null : "(" + text + ")";
	}

	private static String kv(String key, Object value) {
		return value == null ? null : key + "=" + value;
	}

	private static String orDash(Object value) {
		return value == null ? "-" : value.toString();
	}

	private static String orUnknown(String value) {
		return value == null ? Messages.Show_unknown : value;
	}

	private static String enabled(Boolean enabled) {
		return enabled == null ? Messages.Show_unknown : enabled ? Messages.Show_enabled : Messages.Show_disabled;
	}

	static String bytes(Long bytes) {
		if (bytes == null) {
			return Messages.Show_unknown;
		}
		return String.format(Locale.ROOT, "%.1f GB (%.1f GiB)", bytes / 1e9, bytes / (double) (1L << 30));
	}

	private String day(Date date) {
		return ServerDates.day(date, server);
	}

	private static String time(Date date) {
		return ServerDates.time(date);
	}
}
