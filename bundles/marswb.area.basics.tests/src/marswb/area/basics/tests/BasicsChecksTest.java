package marswb.area.basics.tests;

import static marswb.tests.support.CheckHarness.only;
import static marswb.tests.support.CheckHarness.outcomes;
import static marswb.tests.support.CheckHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.tests.support.SampleVariant;

/**
 * Each basics check on the healthy sample (PASS), on the same sample changed in the one value the check is about
 * (FAIL or WARN), and without the artifact it needs (UNKNOWN).
 */
class BasicsChecksTest {

	static final String SERVICES = "system/services.csv";
	static final String OBENGINE_RUNNING = "\"obengine\",\"Microsoft Azure Recovery Services Agent\",\"Running\"";
	static final String VAULT_CREDENTIALS = "agent/vault-credentials/contoso-vault_Fri Oct 30 2026.VaultCredentials";

	private static SampleVariant healthy() {
		return SampleVariant.of("healthy");
	}


	@Test
	void agentVersion() {
		String id = "basics.agent-version-outdated";
		Finding pass = only(run(id, healthy()), Outcome.PASS);
		assertEquals("basic-troubleshooting", pass.getKb());
		Finding warn = only(run(id, healthy().replace("agent/version.txt", "2.0.9506.0", "2.0.9415.0")), Outcome.WARN);
		assertTrue(warn.getMessage().contains("2.0.9506.0"), warn.getMessage());
		Finding fail = only(run(id, healthy().replace("agent/version.txt", "2.0.9506.0", "2.0.9082.0")), Outcome.FAIL);
		assertEquals("0x1FBD3", fail.getErrorCode());
		assertTrue(fail.getMessage().contains("Azure Backup service version and Microsoft Azure Recovery Services Agent do not match."),
				fail.getMessage());
		assertEquals("agent/version.txt", fail.getEvidence().get(0).getArtifact());
		only(run(id, healthy().replace("agent/version.txt", "2.0.9506.0", "2.0.10000.0")), Outcome.PASS);
		only(run(id, healthy().remove("agent/version.txt")), Outcome.UNKNOWN);
	}

	@Test
	void obengine() {
		String id = "basics.obengine-not-running";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace(SERVICES, OBENGINE_RUNNING,
				"\"obengine\",\"Microsoft Azure Recovery Services Agent\",\"Stopped\"")), Outcome.FAIL);
		assertEquals(List.of("basics.start-obengine@obengine"), fail.getQuickFixes());
		assertEquals(SERVICES, fail.getEvidence().get(0).getArtifact());
		only(run(id, healthy().remove(SERVICES)), Outcome.UNKNOWN);
	}

	@Test
	void dotNet() {
		String id = "basics.dotnet-too-old";
		only(run(id, healthy()), Outcome.PASS);
		only(run(id, healthy().replace("system/dotnet-ndp.reg", "dword:00081041", "dword:00070bf6")), Outcome.WARN);
		Finding fail = only(run(id, healthy().replace("system/dotnet-ndp.reg", "dword:00081041", "dword:0005cb33")),
				Outcome.FAIL);
		assertTrue(fail.getMessage().contains("379893"), fail.getMessage());
		only(run(id, healthy().remove("system/dotnet-ndp.reg")), Outcome.UNKNOWN);
	}

	@Test
	void operatingSystem() {
		String id = "basics.os-unsupported";
		only(run(id, healthy()), Outcome.PASS);
		only(run(id, healthy().replace("system/systeminfo.csv", "x64-based PC", "X86-based PC")), Outcome.FAIL);
		Finding noSystemState = only(run(id, healthy().replace("system/systeminfo.csv",
				"Microsoft Windows Server 2022 Standard", "Microsoft Windows Server 2008 Standard")), Outcome.FAIL);
		assertTrue(noSystemState.getMessage().contains("2008"), noSystemState.getMessage());
		only(run(id, healthy().replace("system/systeminfo.csv", "Microsoft Windows Server 2022 Standard",
				"Microsoft Windows Server 2008 R2 Standard")), Outcome.WARN);
		only(run(id, healthy().remove("system/systeminfo.csv")), Outcome.UNKNOWN);
	}

	@Test
	void osUpdates() {
		String id = "basics.os-updates-outdated";
		only(run(id, healthy()), Outcome.PASS);
		Finding warn = only(run(id, healthy().edit("system/hotfixes.csv",
				t -> t.replace("10/16/2026", "06/16/2026").replace("11/12/2026", "07/12/2026"))), Outcome.WARN);
		assertTrue(warn.getMessage().contains("90"), warn.getMessage());
		assertEquals("system/hotfixes.csv", warn.getEvidence().get(0).getArtifact());
		only(run(id, healthy().remove("system/hotfixes.csv")), Outcome.UNKNOWN);
	}

	@Test
	void clockTimeZone() {
		String id = "basics.clock-timezone-mismatch";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace("system/tzutil.txt", "China Standard Time", "Pacific Standard Time")),
				Outcome.FAIL);
		assertTrue(fail.getMessage().contains("UTC+08:00") && fail.getMessage().contains("UTC-08:00"), fail.getMessage());
		only(run(id, healthy().replace("system/tzutil.txt", "China Standard Time", "China Standard Time_dstoff")),
				Outcome.PASS);
		// daylight saving: on 2026-07-01 Pacific time is UTC-07:00, in November UTC-08:00
		only(run(id, healthy().replace("system/tzutil.txt", "China Standard Time", "Pacific Standard Time")
				.replace("manifest.json", "\"collectedAtUtc\": \"2026-11-20T08:15:02Z\"", "\"collectedAtUtc\": \"2026-07-01T08:15:02Z\"")
				.replace("manifest.json", "\"collectedAtLocal\": \"2026-11-20T16:15:02+08:00\"",
						"\"collectedAtLocal\": \"2026-07-01T01:15:02-07:00\"")),
				Outcome.PASS);
		only(run(id, healthy().remove("system/tzutil.txt")), Outcome.UNKNOWN);
	}

	@Test
	void tls12() {
		String id = "basics.tls12-disabled";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().copyFrom("broken-registration-connectivity", "system/tls-schannel.reg")),
				Outcome.FAIL);
		assertEquals(List.of("basics.enable-tls12"), fail.getQuickFixes());
		assertEquals("system/tls-schannel.reg", fail.getEvidence().get(0).getArtifact());
		Finding warn = only(run(id, healthy().replace("system/tls-netfx.reg", "\"SchUseStrongCrypto\"=dword:00000001",
				"\"SchUseStrongCrypto\"=dword:00000000")), Outcome.WARN);
		assertTrue(warn.getMessage().contains("SchUseStrongCrypto"), warn.getMessage());
		only(run(id, healthy().edit("system/tls-schannel.reg",
				t -> t.replaceAll("(?s)\\[[^\\]]*TLS 1\\.2\\\\Client\\]\\r?\\n(\"[^\\r\\n]*\\r?\\n)*", ""))), Outcome.PASS);
		only(run(id, healthy().remove("system/tls-schannel.reg")), Outcome.UNKNOWN);
	}

	@Test
	void azureVm() {
		String id = "basics.azure-vm";
		only(run(id, healthy()), Outcome.PASS);
		Finding info = only(run(id, healthy().replace(SERVICES, OBENGINE_RUNNING,
				"\"WindowsAzureGuestAgent\",\"Windows Azure Guest Agent\",\"Running\",\"Auto\",\"LocalSystem\",\"C:\\WindowsAzure\\GuestAgent\\WindowsAzureGuestAgent.exe\"\r\n"
						+ OBENGINE_RUNNING)), Outcome.INFO);
		assertTrue(info.getMessage().contains("WindowsAzureGuestAgent"), info.getMessage());
		only(run(id, healthy().remove(SERVICES)), Outcome.UNKNOWN);
	}

	@Test
	void reregistration() {
		String id = "basics.reregistration-guidance";
		only(run(id, healthy()), Outcome.NOT_APPLICABLE);
		// without the manifest nothing shows that this is a collection at all: no file proves nothing
		Finding unknown = only(run(id, healthy().remove("manifest.json")), Outcome.UNKNOWN);
		assertEquals("manifest.json", unknown.getEvidence().get(0).getArtifact());
		// an empty collection: the manifest lists nothing the collector did
		only(run(id, healthy().edit("manifest.json",
				t -> t.replaceFirst("(?s)\"items\": \\[.*\\]", "\"items\": []"))), Outcome.UNKNOWN);
		only(run(id, healthy().write(VAULT_CREDENTIALS, "not a vault credentials file".getBytes())), Outcome.UNKNOWN);
		Finding info = only(run(id, healthy().copyFrom("broken-registration-connectivity", VAULT_CREDENTIALS)),
				Outcome.INFO);
		assertTrue(info.getRecommendation().contains("passphrase"), info.getRecommendation());
	}
}
