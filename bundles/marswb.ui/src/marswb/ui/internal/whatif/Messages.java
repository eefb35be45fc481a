package marswb.ui.internal.whatif;

import org.eclipse.osgi.util.NLS;

/** Texts of the package: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.ui.internal.whatif.messages";

	public static String Plan_number;
	public static String Plan_fix;
	public static String Plan_comment;
	public static String Plan_none;
	public static String Plan_destructive;
	public static String Plan_exportDialog;
	public static String Plan_ps1Filter;
	public static String Plan_exportFailed;
	public static String Apply_chooseTitle;
	public static String Apply_chooseMessage;
	public static String WhatIf_apply;
	public static String WhatIf_undo;
	public static String WhatIf_redo;
	public static String Plan_allFilter;
	public static String Report_exportDialog;
	public static String Report_htmlFilter;
	public static String Report_sarifFilter;
	public static String Report_markdownFilter;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
