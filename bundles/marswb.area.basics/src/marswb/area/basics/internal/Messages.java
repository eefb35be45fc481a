package marswb.area.basics.internal;

import org.eclipse.osgi.util.NLS;

/** Finding and remediation texts of the basics area: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.basics.internal.messages";

	public static String Version_tooOld;
	public static String Version_older;
	public static String Version_ok;
	public static String Version_upgrade;
	public static String Obengine_missing;
	public static String Obengine_missingRecommendation;
	public static String Obengine_ok;
	public static String Obengine_notRunning;
	public static String Obengine_recommendation;
	public static String FixObengine_comment;
	public static String DotNet_tooOld;
	public static String DotNet_below48;
	public static String DotNet_ok;
	public static String DotNet_recommendation;
	public static String Os_32bit;
	public static String Os_recommendation;
	public static String Os_unsupported;
	public static String Os_noSystemState;
	public static String Os_noSystemStateRecommendation;
	public static String Os_endOfSupport;
	public static String Os_ok;
	public static String Os_unrecognized;
	public static String Updates_old;
	public static String Updates_ok;
	public static String Updates_recommendation;
	public static String Clock_unknownZone;
	public static String Clock_recommendation;
	public static String Clock_mismatch;
	public static String Clock_ok;
	public static String Tls_disabled;
	public static String Tls_recommendation;
	public static String Tls_oldOsNoKey;
	public static String Tls_partly;
	public static String Tls_netfxValue;
	public static String Tls_ok;
	public static String Tls_okDefault;
	public static String Tls_absent;
	public static String FixTls_reboot;
	public static String FixTls_comment;
	public static String AzureVm_no;
	public static String AzureVm_yes;
	public static String AzureVm_recommendation;
	public static String Rereg_none;
	public static String Rereg_message;
	public static String Rereg_recommendation;

	public static String FixObengine_guard;
	public static String FixTls_guard;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
