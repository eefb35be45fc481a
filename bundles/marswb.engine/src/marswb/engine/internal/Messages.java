package marswb.engine.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the check engine: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.engine.internal.messages";

	public static String WhatIf_noneOffered;
	public static String Values_byteCount;
	public static String Values_yes;
	public static String Values_no;
	public static String Values_unnamedNumber;
	public static String Values_offsetUnknown;
	public static String Unknown_missing;
	public static String Unknown_status;
	public static String Unknown_message;
	public static String Unknown_collect;
	public static String Unknown_collectWith;
	public static String Error_timeout;
	public static String Error_thrown;
	public static String Error_interrupted;
	public static String Error_noFinding;
	public static String Error_recommendation;
	public static String Plan_header;
	public static String Plan_readFirst;
	public static String Plan_step;
	public static String Plan_destructive;
	public static String Plan_empty;
	public static String Plan_whatIfParameter;
	public static String Plan_whatIf;
	public static String Plan_backupFolder;
	public static String Plan_undoWritten;
	public static String Plan_stepDone;
	public static String Plan_stepFailed;
	public static String Plan_exitCode;
	public static String Plan_saved;
	public static String Plan_keyAbsent;
	public static String Plan_unaddressed;
	public static String Plan_allAddressed;
	public static String Plan_followsFrom;
	public static String Plan_noAction;
	public static String Step_guard;
	public static String Step_backup;
	public static String Step_change;
	public static String Step_verify;
	public static String Step_guardFailed;
	public static String Step_verifyFailed;
	public static String WhatIf_notOffered;
	public static String WhatIf_noSuchFix;
	public static String Kb_guidanceTitle;
	public static String Kb_guidanceHeading;
	public static String Kb_guidanceNextSteps;
	public static String Ignored_note;
	public static String Plan_whatIfState;

	public static String WhatIf_refused;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
