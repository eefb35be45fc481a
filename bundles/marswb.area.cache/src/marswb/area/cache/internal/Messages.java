package marswb.area.cache.internal;

import org.eclipse.osgi.util.NLS;

/** Finding and remediation texts of the cache area: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.cache.internal.messages";

	public static String FreeSpaceNoDrive_message;
	public static String DataFromPolicy;
	public static String DataFromAllVolumes;
	public static String SystemStateYes;
	public static String SystemStateNo;
	public static String FreeSpaceOk_message;
	public static String FreeSpaceLow_message;
	public static String FreeSpaceLow_recommendation;
	public static String ProviderMissing_message;
	public static String Mismatch_message;
	public static String Mismatch_recommendation;
	public static String Match_message;
	public static String FolderMissing_message;
	public static String FolderMissing_recommendation;
	public static String FolderNotLocal_message;
	public static String FolderUnsupportedVolume_recommendation;
	public static String VolumeAbsent_message;
	public static String VolumeUnsupported_message;
	public static String FolderOk_message;
	public static String AttributesNoFolder_message;
	public static String AttributesBad_message;
	public static String AttributesBad_recommendation;
	public static String AttributesOk_message;
	public static String Shadow_recommendation;
	public static String ShadowSmall_message;
	public static String ShadowOk_message;
	public static String ShadowNoSpace_message;
	public static String ShadowNoneYet_message;
	public static String ShadowNotRegistered_message;
	public static String ShadowNoBackupYet_message;
	public static String FixResize_comment;
	public static String CacheErrorNone_message;
	public static String CacheErrorFound_message;
	public static String SalScratch_recommendation;
	public static String SalLowDiskSpace_recommendation;
	public static String SalBitmap_recommendation;
	public static String FileNotFound_recommendation;

	public static String FixAlign_refuseNoSource;
	public static String FixAlign_refuseKeyInBroken;
	public static String FixAlign_refuseOldTooSmall;
	public static String FixAlign_commentMove;
	public static String FixAlign_commentProvider;
	public static String FixAlign_commentBack;
	public static String FixAlign_guardValues;
	public static String FixAlign_guardKey;
	public static String FixAlign_guardExists;
	public static String FixAlign_guardAttributes;
	public static String FixAlign_guardSpace;
	public static String FixAlign_unmount;
	public static String FixAlign_keepOld;
	public static String FixResize_guard;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
