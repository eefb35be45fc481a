package marswb.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.ui.internal.messages";

	public static String Window_title;
	public static String Open_job;
	public static String Open_analyzing;
	public static String Open_failed;
	public static String Open_zipDialog;
	public static String Open_folderDialog;
	public static String Open_zipFilter;
	public static String Open_allFilter;
	public static String Explorer_name;
	public static String Explorer_host;
	public static String Explorer_inferred;
	public static String Explorer_recognized;
	public static String Explorer_notRead;
	public static String Explorer_artifacts;
	public static String Explorer_artifactCounts;
	public static String Findings_outcome;
	public static String Findings_severity;
	public static String Findings_area;
	public static String Findings_title;
	public static String Findings_subject;
	public static String Findings_message;
	public static String Findings_filterOutcome;
	public static String Findings_filterArea;
	public static String Findings_filterText;
	public static String Findings_any;
	public static String Findings_counts;
	public static String Findings_groupBy;
	public static String Findings_groupNone;
	public static String Findings_groupArea;
	public static String Findings_groupSeverity;
	public static String Findings_group;
	public static String Findings_groupCount;
	public static String Findings_groupCountSeparator;
	public static String Details_none;
	public static String Details_title;
	public static String Details_recommendation;
	public static String Details_evidence;
	public static String Details_evidenceLine;
	public static String Details_quickFixes;
	public static String Details_article;
	public static String Plan_number;
	public static String Plan_fix;
	public static String Plan_comment;
	public static String Plan_none;
	public static String Plan_destructive;
	public static String Plan_exportDialog;
	public static String Plan_ps1Filter;
	public static String Plan_exportFailed;
	public static String Collector_exportDialog;
	public static String Apply_chooseTitle;
	public static String Apply_chooseMessage;
	public static String Properties_from;
	public static String Properties_noOrigin;
	public static String Artifact_none;
	public static String Artifact_reading;
	public static String Artifact_failed;
	public static String Artifact_whole;
	public static String Artifact_window;
	public static String Area_notCollected;
	public static String Compare_none;
	public static String Compare_bundleSide;
	public static String Compare_baselineSide;
	public static String Compare_values;
	public static String Compare_findings;
	public static String Compare_path;
	public static String Compare_state;
	public static String Compare_expected;
	public static String Compare_onlyDifferences;
	public static String Compare_next;
	public static String Compare_previous;
	public static String Compare_absent;
	public static String Compare_areaCounts;
	public static String Compare_summary;
	public static String Compare_check;
	public static String Compare_subject;
	public static String Compare_leftOutcome;
	public static String Compare_rightOutcome;
	public static String Compare_onlyLeft;
	public static String Compare_onlyRight;
	public static String Compare_both;
	public static String Compare_undecided;
	public static String Baseline_compareDialog;
	public static String Baseline_saveDialog;
	public static String Baseline_filter;
	public static String Baseline_saveFailed;
	public static String Baseline_analyzing;
	public static String WhatIf_apply;
	public static String WhatIf_undo;
	public static String WhatIf_redo;
	public static String Recent_none;
	public static String Recent_item;
	public static String Recent_missing;
	public static String Help_menu;
	public static String Help_about;

	public static String Details_causedBy;
	public static String Details_explains;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
