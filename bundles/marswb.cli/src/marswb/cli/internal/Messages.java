package marswb.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Labels and messages of the marswb command line: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.cli.internal.messages";

	public static String Show_title;
	public static String Show_collected;
	public static String Show_collectedWithOffset;
	public static String Show_host;
	public static String Show_noFacts;
	public static String Show_unknown;
	public static String Show_os;
	public static String Show_timeZone;
	public static String Show_dotNet;
	public static String Show_dotNetValue;
	public static String Show_tls;
	public static String Show_powerShell;
	public static String Show_executionPolicy;
	public static String Show_psModulePath;
	public static String Show_hotfixes;
	public static String Show_hotfixesValue;
	public static String Show_tmpCount;
	public static String Show_service;
	public static String Show_agentVersion;
	public static String Show_installPath;
	public static String Show_vault;
	public static String Show_subscription;
	public static String Show_machineId;
	public static String Show_encryptionKey;
	public static String Show_vaultCredentials;
	public static String Show_certificate;
	public static String Show_expires;
	public static String Show_proxy;
	public static String Show_winHttp;
	public static String Show_direct;
	public static String Show_bypass;
	public static String Show_systemInternet;
	public static String Show_agentProxy;
	public static String Show_probe;
	public static String Show_scratchConfig;
	public static String Show_scratchProvider;
	public static String Show_scratchFolder;
	public static String Show_notFound;
	public static String Show_kek;
	public static String Show_present;
	public static String Show_absent;
	public static String Show_volume;
	public static String Show_volumeFree;
	public static String Show_shadowStorage;
	public static String Show_shadowStorageValue;
	public static String Show_tasks;
	public static String Show_taskValue;
	public static String Show_enabled;
	public static String Show_disabled;
	public static String Show_moduleFiles;
	public static String Show_policy;
	public static String Show_schedule;
	public static String Show_systemState;
	public static String Show_include;
	public static String Show_exclude;
	public static String Show_jobs;
	public static String Show_failedFiles;
	public static String Show_noCode;
	public static String Show_folder;
	public static String Show_logs;
	public static String Show_logFileValue;
	public static String Show_logSignatures;
	public static String Show_logSignaturesValue;
	public static String Show_firstIn;
	public static String Show_lastSeen;
	public static String Show_logNoLayout;
	public static String Show_ignoredHit;
	public static String Show_events;
	public static String Show_iscsiDevice;
	public static String Show_none;
	public static String Show_defender;
	public static String Show_realtime;
	public static String Show_on;
	public static String Show_off;
	public static String Show_exclusionPaths;
	public static String Show_exclusionProcesses;
	public static String Show_sectionArtifacts;
	public static String Show_cannotOpen;
	public static String Usage_text;
	public static String Usage_hint;
	public static String Usage_unknownCommand;
	public static String Usage_unknownOption;
	public static String Usage_missingValue;
	public static String Usage_badValue;
	public static String Usage_oneBundle;
	public static String Usage_import;
	public static String Import_wrote;
	public static String Import_notRead;
	public static String Import_nothingRecognized;
	public static String Usage_redact;
	public static String Redact_wrote;
	public static String Redact_replaced;
	public static String Redact_secretRemoved;
	public static String Redact_dropped;
	public static String Redact_map;
	public static String Redact_cannotReadMap;
	public static String Show_inferred;
	public static String Analyze_inferred;
	public static String Show_readFrom;
	public static String Usage_unexpected;
	public static String Analyze_unknownArea;
	public static String Analyze_registryProblem;
	public static String Analyze_cannotWritePlan;
	public static String Analyze_planWritten;
	public static String Collector_written;
	public static String Collector_writtenItems;
	public static String Collector_cannotWrite;
	public static String Collector_nothingMissing;
	public static String Analyze_title;
	public static String Analyze_summary;
	public static String Analyze_fixApplied;
	public static String Analyze_check;
	public static String Analyze_found;
	public static String Analyze_evidence;
	public static String Analyze_action;
	public static String Analyze_causes;
	public static String Analyze_quickFixes;
	public static String Analyze_article;
	public static String Kb_guidanceOnly;
	public static String Kb_areas;
	public static String Kb_notCovered;
	public static String Usage_twoSides;
	public static String Usage_bundleAndBaseline;
	public static String Baseline_extension;
	public static String Baseline_cannotWrite;
	public static String Baseline_written;
	public static String Compare_title;
	public static String Compare_bundleSide;
	public static String Compare_baselineSide;
	public static String Compare_sameServer;
	public static String Compare_differentServers;
	public static String Compare_summary;
	public static String Compare_area;
	public static String Compare_expected;
	public static String Compare_findingsColumn;
	public static String Compare_left;
	public static String Compare_right;
	public static String Compare_absent;
	public static String Compare_findings;
	public static String NoEvidence_zip;
	public static String NoEvidence_folder;
	public static String NoEvidence_empty;
	public static String NoEvidence_unreadable;
	public static String NoEvidence_unrelated;
	public static String Analyze_code;
	public static String Analyze_passHidden;
	public static String Analyze_sectionNotApplicable;
	public static String Analyze_notApplicableOne;
	public static String Analyze_notApplicableMany;
	public static String Analyze_sectionMissing;
	public static String Analyze_collectWith;
	public static String Analyze_waiting;
	public static String Analyze_checks;

	public static String Analyze_rootCauses;
	public static String Analyze_reportWritten;
	public static String Analyze_cannotWriteReport;

	public static String Usage_triageInputs;
	public static String Usage_badJobs;
	public static String Triage_skipped;
	public static String Triage_noBundle;
	public static String Triage_cannotWrite;
	public static String Triage_written;
	public static String Triage_crashed;
	public static String Triage_progress;
	public static String Triage_worst;
	public static String Triage_host;
	public static String Triage_agent;
	public static String Triage_collected;
	public static String Triage_bundle;
	public static String Triage_failsOrReason;
	public static String Triage_unreadable;
	public static String Triage_summary;
	public static String Triage_htmlTitle;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** Fills the placeholders of a message. */
	public static String format(String message, Object... arguments) {
		return NLS.bind(message, arguments);
	}
}
