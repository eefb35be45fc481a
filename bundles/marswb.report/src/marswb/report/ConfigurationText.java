package marswb.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import marswb.engine.Area;
import marswb.engine.Areas;
import marswb.engine.DisplayValues;
import marswb.engine.ServerDates;
import marswb.model.edit.names.DisplayNames;
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
import marswb.report.internal.Messages;

/**
 * The configuration as read, as {@code marswb show} prints it and the HTML report carries it as its appendix: one
 * section per installed troubleshooting area, in their declared order, with the values of the model features the area
 * declares as its own; then the artifacts. For people, in the platform's language: features by their display names,
 * values as {@link DisplayValues} writes them (sizes in GB, times in the server's local time with UTC beside,
 * enumerations and yes/no as words). {@code show --format json} writes the model's names and values instead.
 */
public final class ConfigurationText {

	private static final int LABEL_WIDTH = 28;

	private final PrintStream out;
	/** The server being printed, whose calendar dates are written in. */
	private Server server;

	public ConfigurationText(PrintStream out) {
		this.out = out;
	}

	/** The text {@link #print} writes, for the appendix of a report. */
	public static String of(Server server) {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		try (PrintStream stream = new PrintStream(text, true, StandardCharsets.UTF_8)) {
			new ConfigurationText(stream).print(server);
		}
		return text.toString(StandardCharsets.UTF_8);
	}

	public void print(Server server) {
		this.server = server;
		out.println(Messages.format(Messages.Config_title, orUnknown(host(server)), server.getBundleName()));
		row(Messages.Config_collected, collected(server));
		Areas areas = Areas.platform();
		Map<EStructuralFeature, Runnable> known = rows();
		for (Area area : areas.all()) {
			section(area.name());
			List<EStructuralFeature> features = areas.features(area.id());
			if (features.isEmpty()) {
				out.println("  " + Messages.Config_noFacts);
			}
			for (EStructuralFeature feature : features) {
				Runnable rows = known.get(feature);
				if (rows == null) {
					generic(feature);
				} else {
					rows.run();
				}
			}
		}
		extensions(server);
		artifacts(server);
	}

	/** Plugins' objects, known only through their Ecore: one row per object, its set attributes as name=value. */
	private void extensions(Server server) {
		if (server.getExtensions().isEmpty()) {
			return;
		}
		section(Messages.Config_sectionExtensions);
		for (EObject object : server.getExtensions()) {
			row(DisplayNames.of(object.eClass()), DisplayValues.attributes(object));
		}
	}

	/**
	 * The rows written for each feature of the core model, in the section of the area that declares it; a feature
	 * missing here (a third party's) is written generically.
	 */
	private Map<EStructuralFeature, Runnable> rows() {
		Server s = server;
		Map<EStructuralFeature, Runnable> rows = new HashMap<>();
		rows.put(Literals.SERVER__OPERATING_SYSTEM, () -> operatingSystem(s));
		rows.put(Literals.SERVER__TIME, () -> row(Messages.Config_timeZone,
				s.getTime() == null ? null : s.getTime().getTimeZoneId()));
		rows.put(Literals.SERVER__DOT_NET, () -> dotNet(s));
		rows.put(Literals.SERVER__TLS, () -> tls(s));
		rows.put(Literals.SERVER__HOTFIXES, () -> row(Messages.Config_hotfixes,
				s.getHotfixes().isEmpty() ? null : newestHotfix(s)));
		rows.put(Literals.SERVER__SERVICES, () -> services(s));
		rows.put(Literals.SERVER__AGENT, () -> agent(s.getAgent()));
		rows.put(Literals.SERVER__POWER_SHELL, () -> powerShell(s.getPowerShell()));
		rows.put(Literals.SERVER__TASKS, () -> tasks(s));
		rows.put(Literals.SERVER__MODULE_FILES, () -> row(Messages.Config_moduleFiles,
				s.getModuleFiles().isEmpty() ? null : String.valueOf(s.getModuleFiles().size())));
		rows.put(Literals.SERVER__CACHE, () -> cache(s.getCache()));
		rows.put(Literals.SERVER__VOLUMES, () -> volumes(s));
		rows.put(Literals.SERVER__SHADOW_STORAGES, () -> shadowStorages(s));
		rows.put(Literals.SERVER__NETWORK, () -> network(s.getNetwork()));
		rows.put(Literals.SERVER__ANTIVIRUS, () -> antivirus(s));
		rows.put(Literals.AGENT__REGISTRATION, () -> registration(s.getAgent()));
		rows.put(Literals.SERVER__VAULT_CREDENTIALS, () -> vaultCredentials(s));
		rows.put(Literals.SERVER__CERTIFICATES, () -> certificates(s));
		rows.put(Literals.SERVER__HOST_NAME, () -> row(Messages.Config_host, host(s)));
		rows.put(Literals.SERVER__WINDOWS_TEMP_TMP_COUNT, () -> row(Messages.Config_tmpCount,
				s.getWindowsTempTmpCount() == null ? null : String.format(Locale.ROOT, "%,d", s.getWindowsTempTmpCount())));
		rows.put(Literals.AGENT__ENCRYPTION_KEY_STATUS, () -> encryptionKey(s.getAgent()));
		// the raw MachineSetting value is the encryption key row's fallback, so it has no row of its own
		rows.put(Literals.AGENT__MACHINE_SETTING_ENCRYPTION_RAW, () -> {
		});
		rows.put(Literals.SERVER__ISCSI_DEVICES, () -> restore(s));
		rows.put(Literals.SERVER__POLICY, () -> policy(s.getPolicy()));
		rows.put(Literals.SERVER__JOBS, () -> jobs(s));
		rows.put(Literals.SERVER__FAILED_FILES, () -> failedFiles(s.getFailedFiles()));
		rows.put(Literals.SERVER__LOGS, () -> logs(s));
		rows.put(Literals.SERVER__EVENTS, () -> row(Messages.Config_events,
				s.getEvents().isEmpty() ? null : String.valueOf(s.getEvents().size())));
		return rows;
	}

	/**
	 * A feature no row of this class knows, on every object of its class in the model: an attribute as its value,
	 * contained objects one row each with their attributes.
	 */
	private void generic(EStructuralFeature feature) {
		List<EObject> owners = new ArrayList<>();
		if (feature.getEContainingClass().isInstance(server)) {
			owners.add(server);
		}
		server.eAllContents().forEachRemaining(o -> {
			if (feature.getEContainingClass().isInstance(o)) {
				owners.add(o);
			}
		});
		String name = DisplayNames.of(feature);
		if (owners.isEmpty()) {
			row(name, null);
		}
		for (EObject owner : owners) {
			if (feature instanceof EAttribute attribute) {
				row(name, DisplayValues.of(owner, attribute));
				continue;
			}
			List<?> values = feature.isMany() ? (List<?>) owner.eGet(feature)
					: owner.eGet(feature) == null ? List.of() : List.of(owner.eGet(feature));
			if (values.isEmpty()) {
				row(name, null);
			}
			for (Object value : values) {
				row(name, DisplayValues.attributes((EObject) value));
			}
		}
	}

	/** The collection time, marked when it was inferred from file times rather than read from a manifest. */
	public static String collected(Server server) {
		if (server.getCollectedAtUtc() == null) {
			return Messages.Report_unknown;
		}
		String text = DisplayValues.time(server.getCollectedAtUtc(), server);
		return server.getInferred().contains("collectedAtUtc") ? Messages.format(Messages.Config_inferred, text) : text;
	}

	/** The host name, marked when it was inferred. */
	public static String host(Server server) {
		String host = server.getHostName();
		return host != null && server.getInferred().contains("host") ? Messages.format(Messages.Config_inferred, host)
				: host;
	}

	private void operatingSystem(Server server) {
		var os = server.getOperatingSystem();
		row(Messages.Config_os, os == null ? null : join(" ", os.getName(), os.getVersion(), paren(os.getSystemType())));
	}

	private void dotNet(Server server) {
		var dotNet = server.getDotNet();
		row(Messages.Config_dotNet, dotNet == null || dotNet.getRelease() == null ? null
				: Messages.format(Messages.Config_dotNetValue, orUnknown(dotNet.getVersion()), dotNet.getRelease()));
	}

	private void tls(Server server) {
		var tls = server.getTls();
		if (tls == null) {
			row(Messages.Config_tls, null);
			return;
		}
		List<String> parts = new ArrayList<>();
		tls.getProtocols().forEach(p -> parts.add(p.getProtocol() + " " + p.getSide() + ": Enabled="
				+ orDash(p.getEnabled()) + " DisabledByDefault=" + orDash(p.getDisabledByDefault())));
		parts.add("SchUseStrongCrypto=" + orDash(tls.getSchUseStrongCrypto()) + " SystemDefaultTlsVersions="
				+ orDash(tls.getSystemDefaultTlsVersions()));
		row(Messages.Config_tls, String.join("; ", parts));
	}

	private void powerShell(PowerShellInfo ps) {
		row(Messages.Config_powerShell, ps == null ? null : join(" ", ps.getVersion(), paren(ps.getEdition())));
		row(Messages.Config_executionPolicy, ps == null || ps.getExecutionPolicies().isEmpty() ? null
				: ps.getExecutionPolicies().stream().map(p -> p.getScope() + "=" + p.getPolicy())
						.collect(Collectors.joining(" ")));
		row(Messages.Config_psModulePath, ps == null ? null : ps.getMachinePSModulePath());
	}

	private String newestHotfix(Server server) {
		var newest = server.getHotfixes().stream().filter(h -> h.getInstalledOn() != null)
				.max(Comparator.comparing(h -> h.getInstalledOn()));
		return newest.map(h -> Messages.format(Messages.Config_hotfixesValue, server.getHotfixes().size(),
				h.getHotFixId(), day(h.getInstalledOn()))).orElse(String.valueOf(server.getHotfixes().size()));
	}

	private void services(Server server) {
		for (String name : List.of("obengine", "MSiSCSI", "VSS", "swprv")) {
			server.getServices().stream().filter(s -> name.equalsIgnoreCase(s.getName())).findFirst()
					.ifPresent(s -> row(Messages.format(Messages.Config_service, s.getName()), serviceState(s)));
		}
	}

	private static String serviceState(Service service) {
		return join(", ", service.getState(), service.getStartMode(), service.getStartName());
	}

	private void agent(Agent agent) {
		row(Messages.Config_agentVersion, agent == null ? null : agent.getVersion());
		row(Messages.Config_installPath, agent == null ? null : agent.getInstallPath());
	}

	private void registration(Agent agent) {
		var registration = agent == null ? null : agent.getRegistration();
		row(Messages.Config_vault, registration == null ? null
				: join(" ", registration.getVaultName(), paren(registration.getResourceGroupName())));
		row(Messages.Config_subscription, registration == null ? null : registration.getSubscriptionId());
		row(Messages.Config_machineId, registration == null ? null : registration.getMachineId());
	}

	private void vaultCredentials(Server server) {
		server.getVaultCredentials().forEach(v -> row(Messages.Config_vaultCredentials,
				join(" ", v.getFileName(), "->", v.getResourceName(), v.getFileNameDate() == null ? null
						: paren(day(v.getFileNameDate())))));
	}

	private void certificates(Server server) {
		server.getCertificates().stream().filter(c -> c.getSubject() != null && c.getSubject().contains("CB_"))
				.forEach(c -> row(Messages.Config_certificate, join(" ", c.getSubject(),
						c.getNotAfter() == null ? null : Messages.format(Messages.Config_expires, day(c.getNotAfter())))));
	}

	private void encryptionKey(Agent agent) {
		row(Messages.Config_encryptionKey, agent == null ? null
				: agent.getEncryptionKeyStatus() != null ? agent.getEncryptionKeyStatus()
						: agent.getMachineSettingEncryptionRaw());
	}

	private void network(NetworkSettings network) {
		if (network == null) {
			row(Messages.Config_proxy, null);
			return;
		}
		var winHttp = network.getWinHttp();
		row(Messages.Config_winHttp, winHttp == null ? null
				: Boolean.TRUE.equals(winHttp.getDirectAccess()) ? Messages.Config_direct
						: join(" ", winHttp.getProxyServer(), winHttp.getBypassList() == null ? null
								: Messages.format(Messages.Config_bypass, winHttp.getBypassList())));
		var inet = network.getSystemInternet();
		row(Messages.Config_systemInternet, inet == null ? null
				: join(" ", "ProxyEnable=" + orDash(inet.getProxyEnable()), kv("ProxyServer", inet.getProxyServer()),
						kv("ProxyOverride", inet.getProxyOverride()), kv("AutoConfigURL", inet.getAutoConfigUrl())));
		var agentProxy = network.getAgentProxy();
		row(Messages.Config_agentProxy, agentProxy == null ? null
				: join(" ", "Enabled=" + orDash(agentProxy.getEnabled()), kv("ProxyServer", agentProxy.getProxyServer()),
						kv("ProxyPort", agentProxy.getProxyPort()), kv("User", agentProxy.getUserName())));
		network.getProbes().forEach(p -> row(Messages.format(Messages.Config_probe, p.getTarget(), orDash(p.getPort())),
				join(" ", "TCP=" + orDash(p.getTcpTestSucceeded()), kv("HTTP", p.getHttpStatus()), p.getError())));
	}

	private void cache(CacheSettings cache) {
		row(Messages.Config_scratchConfig, cache == null ? null : cache.getConfigScratchLocation());
		row(Messages.Config_scratchProvider, cache == null ? null : cache.getProviderScratchLocation());
		row(Messages.Config_scratchFolder, cache == null || cache.getFolderExists() == null ? null
				: cache.getFolderExists() ? join(" ", cache.getFolderFullName(), paren(cache.getFolderAttributes()))
						: Messages.Config_notFound);
		row(Messages.Config_kek, cache == null || cache.getKekPresent() == null ? null
				: cache.getKekPresent() ? Messages.Config_present : Messages.Config_absent);
	}

	private void volumes(Server server) {
		for (Volume volume : server.getVolumes()) {
			String name = volume.getDriveLetter() == null || volume.getDriveLetter().isEmpty()
					? orUnknown(volume.getPath())
					: volume.getDriveLetter() + ":";
			row(Messages.format(Messages.Config_volume, name), join(" ", volume.getFileSystem(), volume.getDriveType(),
					volume.getSize() == null ? null : Messages.format(Messages.Config_volumeFree,
							bytes(volume.getSizeRemaining()), bytes(volume.getSize()), percent(volume))));
		}
	}

	private void shadowStorages(Server server) {
		for (ShadowStorage storage : server.getShadowStorages()) {
			row(Messages.format(Messages.Config_shadowStorage, storage.getForVolume()),
					Messages.format(Messages.Config_shadowStorageValue, bytes(storage.getUsedBytes()),
							storage.isMaximumUnbounded() ? Messages.Config_unbounded : bytes(storage.getMaximumBytes()),
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
		if (server.getTasks().isEmpty()) {
			row(Messages.Config_tasks, null);
		}
		for (ScheduledTask task : server.getTasks()) {
			String principal = task.getPrincipalUserId() != null ? task.getPrincipalUserId() : task.getPrincipalGroupId();
			row(task.getPath(), Messages.format(Messages.Config_taskValue, enabled(task.getEnabled()),
					orUnknown(task.getMultipleInstancesPolicy()), orUnknown(principal)));
			for (TaskTrigger trigger : task.getTriggers()) {
				row("  " + trigger.getKind(), join(" ", enabled(trigger.getEnabled()), trigger.getStartBoundary(),
						trigger.getDaysOfWeek().isEmpty() ? null : String.join(",", trigger.getDaysOfWeek())));
			}
		}
	}

	private void policy(BackupPolicy policy) {
		if (policy == null) {
			row(Messages.Config_policy, null);
			return;
		}
		row(Messages.Config_policy, policy.getPolicyName());
		row(Messages.Config_schedule, join(" ", String.join(",", policy.getScheduleDays()),
				String.join(",", policy.getScheduleTimes())));
		row(Messages.Config_systemState, DisplayValues.of(policy, Literals.BACKUP_POLICY__SYSTEM_STATE_PROTECTED));
		for (FileSpec spec : policy.getFileSpecs()) {
			row(Boolean.TRUE.equals(spec.getIsExclude()) ? Messages.Config_exclude : Messages.Config_include,
					spec.getFileSpec());
		}
	}

	private void jobs(Server server) {
		if (server.getJobs().isEmpty()) {
			row(Messages.Config_jobs, null);
			return;
		}
		var byState = server.getJobs().stream()
				.collect(Collectors.groupingBy(j -> orUnknown(DisplayValues.of(j, Literals.JOB__JOB_STATE)),
						java.util.TreeMap::new, Collectors.counting()));
		row(Messages.Config_jobs, byState.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
				.collect(Collectors.joining(", ")));
		server.getJobs().stream().filter(j -> j.getErrorCode() != null).limit(10)
				.forEach(j -> row("  " + orUnknown(DisplayValues.of(j, Literals.JOB__JOB_TYPE)),
						join(", ", DisplayValues.of(j, Literals.JOB__JOB_STATE),
								DisplayValues.of(j, Literals.JOB__START_TIME), join(" ", j.getErrorCode(), message(j)))));
	}

	private static String message(Job job) {
		String text = job.getErrorMessage();
		return text == null ? null : text.length() > 120 ? text.substring(0, 117) + "..." : text;
	}

	private void failedFiles(FailedFilesSummary summary) {
		if (summary == null) {
			row(Messages.Config_failedFiles, null);
			return;
		}
		row(Messages.Config_failedFiles, String.format(Locale.ROOT, "%,d", summary.getTotalEntries()));
		for (ErrorCodeCount code : summary.getCodes()) {
			row("  " + (code.getCode() == null || code.getCode().isEmpty() ? Messages.Config_noCode : code.getCode()),
					String.format(Locale.ROOT, "%,d", code.getCount()));
		}
		for (FolderCount folder : summary.getTopFolders().stream().limit(5).toList()) {
			row("  " + Messages.Config_folder, folder.getFolder() + " (" + folder.getCount() + ")");
		}
	}

	private void logs(Server server) {
		if (server.getLogs() == null) {
			row(Messages.Config_logs, null);
			return;
		}
		server.getLogs().getFiles().forEach(f -> row(f.getArtifact(), Messages.format(Messages.Config_logFileValue,
				f.getLines(), f.getWarnings(), f.getErrors())
				+ (f.getMalformedLines() > 0 ? Messages.format(Messages.Config_logNoLayout, f.getMalformedLines()) : "")));
		// a signature's count spans every log; its first occurrence names the file, so none is listed under another
		if (!server.getLogs().getHits().isEmpty() || !server.getLogs().getIgnoredHits().isEmpty()) {
			row(Messages.Config_logSignatures, Messages.format(Messages.Config_logSignaturesValue,
					server.getLogs().getHits().size()));
		}
		for (LogHit hit : server.getLogs().getHits()) {
			Origin first = Provenance.of(hit, Literals.LOG_HIT__SIGNATURE).orElse(null);
			row("  " + hit.getSignature(), join(", ", hit.getCount() + "x",
					first == null ? null : Messages.format(Messages.Config_firstIn, first.getArtifact() + ":" + first.getLine()),
					hit.getLastTime() == null ? null : Messages.format(Messages.Config_lastSeen, time(hit.getLastTime()))));
		}
		for (LogHit hit : server.getLogs().getIgnoredHits()) {
			row("  " + hit.getSignature(), Messages.format(Messages.Config_ignoredHit, hit.getCount()));
		}
	}

	private void restore(Server server) {
		row(Messages.Config_iscsiDevice, server.getIscsiDevices().isEmpty() ? Messages.Config_none
				: server.getIscsiDevices().stream().map(d -> join(" ", d.getFriendlyName(), paren(d.getStatus())))
						.collect(Collectors.joining("; ")));
		server.getServices().stream().filter(s -> "MSiSCSI".equalsIgnoreCase(s.getName())).findFirst()
				.ifPresent(s -> row(Messages.format(Messages.Config_service, s.getName()), serviceState(s)));
	}

	private void antivirus(Server server) {
		var av = server.getAntivirus();
		if (av == null) {
			row(Messages.Config_defender, null);
			return;
		}
		row(Messages.Config_realtime, av.getRealtimeMonitoringDisabled() == null ? null
				: av.getRealtimeMonitoringDisabled() ? Messages.Config_off : Messages.Config_on);
		row(Messages.Config_exclusionPaths, String.join("; ", av.getExclusionPaths()));
		row(Messages.Config_exclusionProcesses, String.join("; ", av.getExclusionProcesses()));
	}

	private void artifacts(Server server) {
		section(Messages.Config_sectionArtifacts);
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
							: Messages.format(Messages.Config_readFrom, source, artifact.getRecognition()));
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
		out.println("  " + pad(label, LABEL_WIDTH) + " " + (value == null || value.isBlank() ? Messages.Report_unknown : value));
	}

	/** The terminal columns {@code text} takes: CJK characters take two. */
	public static int columns(String text) {
		return text.codePoints().map(c -> Character.isIdeographic(c) ? 2 : 1).sum();
	}

	/** Pads to {@code width} terminal columns, so that Chinese labels line up too. */
	public static String pad(String text, int width) {
		StringBuilder padded = new StringBuilder(text);
		int columns = columns(text);
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
		return value == null ? Messages.Report_unknown : value;
	}

	private static String enabled(Boolean enabled) {
		return enabled == null ? Messages.Report_unknown : enabled ? Messages.Config_enabled : Messages.Config_disabled;
	}

	private static String bytes(Long bytes) {
		if (bytes == null) {
			return Messages.Report_unknown;
		}
		return DisplayValues.bytes(bytes);
	}

	private String day(Date date) {
		return ServerDates.day(date, server);
	}

	private String time(Date date) {
		return DisplayValues.time(date, server);
	}
}
