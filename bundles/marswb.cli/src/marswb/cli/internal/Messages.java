package marswb.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Labels and messages of the marswb command line: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.cli.internal.messages";

	public static String Show_unknown;
	public static String Plugins_usage;
	public static String Plugins_none;
	public static String Plugins_loaded;
	public static String Plugins_notLoaded;
	public static String Plugins_installed;
	public static String Plugins_notInstalled;
	public static String Plugins_uninstalled;
	public static String Plugins_notUninstalled;
	public static String Plugins_nextStart;
	public static String Plugins_failed;
	public static String Show_cannotOpen;
	public static String Usage_text;
	public static String Usage_hint;
	public static String Usage_command;
	public static String Usage_allOrOnlyDifferent;
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
	public static String Usage_unredact;
	public static String Unredact_cannotRead;
	public static String Unredact_cannotWrite;
	public static String Unredact_wrote;
	public static String Redact_secretLines;
	public static String Redact_dependent;
	public static String Show_inferred;
	public static String Analyze_inferred;
	public static String Analyze_unknownArea;
	public static String Analyze_registryProblem;
	public static String Compare_baselineSkipped;
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
	public static String Kb_noMatch;
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
	public static String Analyze_code;
	public static String Analyze_suppressed;
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
	public static String Triage_byCheckGroup;
	public static String Triage_byCheckSummary;
	public static String Usage_byCheckFormat;

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
