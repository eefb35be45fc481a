package marswb.ui.internal.comparison;

import org.eclipse.osgi.util.NLS;

/** Texts of the package: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.ui.internal.comparison.messages";

	public static String Compare_none;
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
	public static String Baseline_skipped;
	public static String Compare_area;
	public static String Compare_from;
	public static String Baseline_allFilter;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
