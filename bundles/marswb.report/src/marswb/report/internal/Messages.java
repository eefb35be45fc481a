package marswb.report.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the reports: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.report.internal.messages";

	public static String Report_title;
	public static String Report_footer;
	public static String Report_sectionSummary;
	public static String Report_server;
	public static String Report_bundle;
	public static String Report_agentVersion;
	public static String Report_collected;
	public static String Report_inferred;
	public static String Report_unknown;
	public static String Report_problems;
	public static String Report_noProblems;
	public static String Report_outcome;
	public static String Report_severity;
	public static String Report_area;
	public static String Report_finding;
	public static String Report_sectionCharts;
	public static String Report_chartJobs;
	public static String Report_chartJobsNone;
	public static String Report_chartLegend;
	public static String Report_chartFailed;
	public static String Report_chartFailedNone;
	public static String Report_noCode;
	public static String Report_sectionRootCauses;
	public static String Report_check;
	public static String Report_code;
	public static String Report_found;
	public static String Report_evidence;
	public static String Report_action;
	public static String Report_causes;
	public static String Report_quickFixes;
	public static String Report_article;
	public static String Report_sectionWhatIf;
	public static String Report_fix;
	public static String Report_cleared;
	public static String Report_appeared;
	public static String Report_plan;
	public static String Report_destructive;
	public static String Report_unaddressed;
	public static String Report_planScript;
	public static String Report_sectionNotApplicable;
	public static String Report_reason;
	public static String Report_checks;
	public static String Report_sectionMissing;
	public static String Report_artifact;
	public static String Report_collectWith;
	public static String Report_waiting;
	public static String Report_sectionArtifacts;
	public static String Report_status;
	public static String Report_message;
	public static String Report_sectionConfiguration;
	public static String Markdown_title;
	public static String Markdown_meta;
	public static String Markdown_explains;
	public static String Markdown_problems;
	public static String Markdown_moreEvidence;
	public static String Markdown_truncated;
	public static String Markdown_waiting;
	public static String Config_absent;
	public static String Config_agentProxy;
	public static String Config_agentVersion;
	public static String Config_bypass;
	public static String Config_certificate;
	public static String Config_collected;
	public static String Config_collectedWithOffset;
	public static String Config_defender;
	public static String Config_direct;
	public static String Config_disabled;
	public static String Config_dotNet;
	public static String Config_dotNetValue;
	public static String Config_enabled;
	public static String Config_encryptionKey;
	public static String Config_events;
	public static String Config_exclude;
	public static String Config_exclusionPaths;
	public static String Config_exclusionProcesses;
	public static String Config_executionPolicy;
	public static String Config_expires;
	public static String Config_failedFiles;
	public static String Config_firstIn;
	public static String Config_folder;
	public static String Config_hotfixes;
	public static String Config_hotfixesValue;
	public static String Config_ignoredHit;
	public static String Config_include;
	public static String Config_inferred;
	public static String Config_installPath;
	public static String Config_iscsiDevice;
	public static String Config_jobs;
	public static String Config_kek;
	public static String Config_lastSeen;
	public static String Config_logFileValue;
	public static String Config_logNoLayout;
	public static String Config_logSignatures;
	public static String Config_logSignaturesValue;
	public static String Config_logs;
	public static String Config_machineId;
	public static String Config_moduleFiles;
	public static String Config_noCode;
	public static String Config_none;
	public static String Config_notFound;
	public static String Config_off;
	public static String Config_on;
	public static String Config_os;
	public static String Config_policy;
	public static String Config_powerShell;
	public static String Config_present;
	public static String Config_probe;
	public static String Config_proxy;
	public static String Config_psModulePath;
	public static String Config_readFrom;
	public static String Config_realtime;
	public static String Config_schedule;
	public static String Config_scratchConfig;
	public static String Config_scratchFolder;
	public static String Config_scratchProvider;
	public static String Config_sectionAgent;
	public static String Config_sectionAntivirus;
	public static String Config_sectionArtifacts;
	public static String Config_sectionCache;
	public static String Config_sectionFailedFiles;
	public static String Config_sectionJobs;
	public static String Config_sectionLogs;
	public static String Config_sectionNetwork;
	public static String Config_sectionPolicy;
	public static String Config_sectionRestore;
	public static String Config_sectionSystem;
	public static String Config_sectionTasks;
	public static String Config_service;
	public static String Config_shadowStorage;
	public static String Config_shadowStorageValue;
	public static String Config_subscription;
	public static String Config_systemInternet;
	public static String Config_systemState;
	public static String Config_taskValue;
	public static String Config_tasks;
	public static String Config_timeZone;
	public static String Config_title;
	public static String Config_tls;
	public static String Config_tmpCount;
	public static String Config_vault;
	public static String Config_vaultCredentials;
	public static String Config_volume;
	public static String Config_volumeFree;
	public static String Config_winHttp;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	public static String format(String message, Object... bindings) {
		return NLS.bind(message, bindings);
	}
}
