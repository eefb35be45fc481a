package marswb.area.basics.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.BackupPolicy;
import marswb.model.server.OperatingSystem;
import marswb.model.server.ServerPackage.Literals;

/**
 * The support matrix: 64-bit only; Windows Server 2012 and later and Windows 8 and later are supported (system state
 * on servers only, not on Storage Server); 2008 R2, 2008 SP2 and Windows 7 are out of support (2008 SP2 without
 * system state); anything older is not supported. Server Core is not supported, but systeminfo does not show it.
 */
public final class OsSupportCheck implements Check {

	static final String ARTIFACT = "system/systeminfo.csv";

	enum Support {
		SUPPORTED, SUPPORTED_NO_SYSTEM_STATE, END_OF_SUPPORT, END_OF_SUPPORT_NO_SYSTEM_STATE, UNSUPPORTED, UNRECOGNIZED
	}

	@Override
	public void run(CheckContext context) {
		OperatingSystem os = context.server().getOperatingSystem();
		if (!context.usable(ARTIFACT) || os == null || os.getName() == null) {
			context.unknown(ARTIFACT).add();
			return;
		}
		String name = os.getName();
		String type = os.getSystemType();
		if (type != null && !type.toLowerCase(Locale.ROOT).contains("x64")
				&& !type.toLowerCase(Locale.ROOT).contains("64-bit")) {
			context.finding(Outcome.FAIL).message(NLS.bind(Messages.Os_32bit, name, type))
					.recommendation(Messages.Os_recommendation).evidence(os, Literals.OPERATING_SYSTEM__SYSTEM_TYPE).add();
			return;
		}
		BackupPolicy policy = context.server().getPolicy();
		boolean systemState = policy != null && Boolean.TRUE.equals(policy.getSystemStateProtected());
		Support support = support(name);
		FindingBuilder finding;
		switch (support) {
		case UNSUPPORTED -> finding = context.finding(Outcome.FAIL).message(NLS.bind(Messages.Os_unsupported, name))
				.recommendation(Messages.Os_recommendation);
		case SUPPORTED_NO_SYSTEM_STATE, END_OF_SUPPORT_NO_SYSTEM_STATE -> {
			if (systemState) {
				finding = context.finding(Outcome.FAIL).message(NLS.bind(Messages.Os_noSystemState, name))
						.recommendation(Messages.Os_noSystemStateRecommendation);
				finding.evidence(policy, Literals.BACKUP_POLICY__SYSTEM_STATE_PROTECTED);
			} else if (support == Support.END_OF_SUPPORT_NO_SYSTEM_STATE) {
				finding = context.finding(Outcome.WARN).message(NLS.bind(Messages.Os_endOfSupport, name))
						.recommendation(Messages.Os_recommendation);
			} else {
				finding = context.finding(Outcome.PASS).message(NLS.bind(Messages.Os_ok, name, type));
			}
		}
		case END_OF_SUPPORT -> finding = context.finding(Outcome.WARN).message(NLS.bind(Messages.Os_endOfSupport, name))
				.recommendation(Messages.Os_recommendation);
		case UNRECOGNIZED -> finding = context.finding(Outcome.WARN).severity(marswb.model.diagnosis.Severity.LOW)
				.message(NLS.bind(Messages.Os_unrecognized, name)).recommendation(Messages.Os_recommendation);
		default -> finding = context.finding(Outcome.PASS).message(NLS.bind(Messages.Os_ok, name, type));
		}
		finding.evidence(os, Literals.OPERATING_SYSTEM__NAME).add();
	}

	static Support support(String osName) {
		String n = osName.toLowerCase(Locale.ROOT);
		if (n.contains("server")) {
			if (n.matches(".*server (2025|2022|2019|2016|2012).*")) {
				return n.contains("storage server") ? Support.SUPPORTED_NO_SYSTEM_STATE : Support.SUPPORTED;
			}
			if (n.contains("2008 r2")) {
				return Support.END_OF_SUPPORT;
			}
			if (n.contains("2008")) {
				return Support.END_OF_SUPPORT_NO_SYSTEM_STATE;
			}
			if (n.matches(".*server (2003|2000).*")) {
				return Support.UNSUPPORTED;
			}
			return Support.UNRECOGNIZED;
		}
		if (n.matches(".*windows (11|10|8\\.1|8)( .*|$)")) {
			return Support.SUPPORTED_NO_SYSTEM_STATE;
		}
		if (n.matches(".*windows 7( .*|$)")) {
			return Support.END_OF_SUPPORT_NO_SYSTEM_STATE;
		}
		if (n.matches(".*windows (vista|xp)( .*|$)")) {
			return Support.UNSUPPORTED;
		}
		return Support.UNRECOGNIZED;
	}
}
