package marswb.area.scheduling.internal;

import org.eclipse.osgi.util.NLS;

/** Finding and remediation texts of the scheduling area: messages.properties and messages_zh_CN.properties beside this class. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "marswb.area.scheduling.internal.messages";

	public static String NoOnlineBackupTask_message;
	public static String NoOnlineBackupTask_recommendation;
	public static String TaskDisabled_message;
	public static String NoTrigger_message;
	public static String TriggerDisabled_message;
	public static String TriggerDisabled_recommendation;
	public static String TriggerEnabled_message;
	public static String RunAs_message;
	public static String RunAs_none;
	public static String RunAs_recommendation;
	public static String RunAs_ok;
	public static String PowerShellOld_message;
	public static String PowerShellOld_recommendation;
	public static String PowerShellOk_message;
	public static String ModulePathMissing_message;
	public static String ModulePathMissing_recommendation;
	public static String ModulePathOk_message;
	public static String PolicyRestricted_message;
	public static String PolicyRestricted_recommendation;
	public static String PolicyRestrictedByGpo_message;
	public static String PolicyRestrictedByGpo_recommendation;
	public static String PolicyOk_message;
	public static String PolicyByGpo_message;
	public static String PolicyDefaultOk_message;
	public static String PolicyDefaultRestricted_message;
	public static String MissingBackupTaskRegistered_message;
	public static String MissingBackupTaskScheduled_message;
	public static String NoTasks;
	public static String ModuleFolderMissing_message;
	public static String ModuleFolderEmpty_message;
	public static String ModuleManifestMissing_message;
	public static String ModuleFileEmpty_message;
	public static String ModuleFiles_recommendation;
	public static String ModuleFilesOk_message;
	public static String WsbAbsent_message;
	public static String WsbConflict_message;
	public static String WsbConflict_recommendation;
	public static String WsbNoConflict_message;
	public static String MultipleInstances_message;
	public static String MultipleInstances_recommendation;
	public static String MultipleInstancesOk_message;
	public static String AnotherJobSeen_message;
	public static String AnotherJobSeen_recommendation;
	public static String FixEnableTrigger_comment;
	public static String FixRunAsSystem_comment;
	public static String FixIgnoreNew_comment;
	public static String FixExecutionPolicy_comment;
	public static String FixModulePath_comment;

	public static String FixTask_exists;
	public static String FixEnableTrigger_guard;
	public static String FixIgnoreNew_guard;
	public static String FixRunAsSystem_guard;
	public static String FixModulePath_guard;
	public static String FixModulePath_guardKind;
	public static String FixModulePath_restart;
	public static String FixExecutionPolicy_guard;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
