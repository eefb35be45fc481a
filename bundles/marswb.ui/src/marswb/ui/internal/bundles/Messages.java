package marswb.ui.internal.bundles;

import org.eclipse.osgi.util.NLS;

/** Texts of the package: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.ui.internal.bundles.messages";

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
	public static String Collector_exportDialog;
	public static String Area_notCollected;
	public static String Compare_bundleSide;
	public static String Recent_none;
	public static String Recent_item;
	public static String Recent_missing;
	public static String Collector_ps1Filter;
	public static String Collector_exportFailed;
	public static String Redact_exportDialog;
	public static String Redact_zipFilter;
	public static String Redact_mapDialog;
	public static String Redact_mapFilter;
	public static String Redact_job;
	public static String Redact_failed;
	public static String Explorer_findings;
	public static String Explorer_noFindings;
	public static String Outcome_FAIL;
	public static String Outcome_ERROR;
	public static String Outcome_WARN;
	public static String Outcome_UNKNOWN;
	public static String Outcome_INFO;
	public static String Outcome_PASS;
	public static String Outcome_NOT_APPLICABLE;
	public static String Severity_critical;
	public static String Severity_high;
	public static String Severity_medium;
	public static String Severity_low;
	public static String Outcome_count;
	public static String Outcome_countSeparator;
	public static String WhatIf_bannerOne;
	public static String WhatIf_banner;
	public static String WhatIf_undoAll;
	public static String WhatIf_undoAllJob;
	public static String WhatIf_changed;
	public static String WhatIf_empty;
	public static String Explorer_whatIf;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
