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
	public static String Report_whatIfBanner;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	public static String format(String message, Object... bindings) {
		return NLS.bind(message, bindings);
	}
}
