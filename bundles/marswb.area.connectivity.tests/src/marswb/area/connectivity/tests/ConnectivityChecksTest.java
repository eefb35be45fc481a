package marswb.area.connectivity.tests;

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
 * Each connectivity check on the healthy sample (PASS), on the same sample changed in the one value the check is
 * about (FAIL), and without the artifact it needs (UNKNOWN).
 */
class ConnectivityChecksTest {

	static final String INET = "network/inet-system.reg";
	static final String PROBES = "network/connectivity.csv";
	static final String DEFENDER = "system/defender.json";
	static final String CBENGINE = "agent/logs/CBEngineCurr.errlog";
	static final String GATEWAY = "agent/logs/GatewayProvider0.errlog";
	static final String NOISE = "Failed: Hr: = [0x80070020] BackupRead failed on file(D:\\Shares\\Sales\\~$forecast-2027.xlsx)";
	static final String SCRATCH_EXCLUSION = "\"C:\\\\Program Files\\\\Microsoft Azure Recovery Services Agent\\\\Scratch\",";

	static SampleVariant healthy() {
		return SampleVariant.of("healthy");
	}


	@Test
	void proxySettingsContradict() {
		String id = "connectivity.proxy-settings-contradict";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace(INET, "\"ProxyEnable\"=dword:00000000",
				"\"ProxyEnable\"=dword:00000000\r\n\"ProxyServer\"=\"proxy.contoso.local:8080\"")), Outcome.FAIL);
		assertEquals("SYSTEM WinINet", fail.getSubjectKey());
		assertEquals("verifying-proxy-settings-for-windows", fail.getKb());
		assertEquals(List.of("connectivity.remove-stale-wininet-proxy@SYSTEM WinINet"), fail.getQuickFixes());
		assertEquals(INET, fail.getEvidence().get(0).getArtifact());
		Finding winHttp = only(run(id, healthy().copyFrom("broken-registration-connectivity", "network/winhttp-proxy.txt")),
				Outcome.WARN);
		assertEquals("WinHTTP", winHttp.getSubjectKey());
		only(run(id, healthy().replace(INET, "\"ProxyEnable\"=dword:00000000",
				"\"ProxyEnable\"=dword:00000001\r\n\"ProxyServer\"=\"proxy.contoso.local:8080\"")), Outcome.PASS);
		only(run(id, healthy().remove(INET)), Outcome.UNKNOWN);
	}

	@Test
	void endpointUnreachable() {
		String id = "connectivity.endpoint-unreachable";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace(PROBES,
				"\"pod01-manag1.sea.backup.windowsazure.com\",\"443\",\"True\",\"404\",",
				"\"pod01-manag1.sea.backup.windowsazure.com\",\"443\",\"False\",,\"Unable to connect to the remote server\"")),
				Outcome.FAIL);
		assertEquals("pod01-manag1.sea.backup.windowsazure.com", fail.getSubjectKey());
		assertEquals("100050", fail.getErrorCode());
		assertTrue(fail.getRecommendation().contains("*.usgovcloudapi.net"), fail.getRecommendation());
		// 407 is reachable here: its own check reports it
		only(run(id, healthy().replace(PROBES, "\"login.microsoftonline.com\",\"443\",\"True\",\"200\",",
				"\"login.microsoftonline.com\",\"443\",\"True\",\"407\",")), Outcome.PASS);
		only(run(id, healthy().remove(PROBES)), Outcome.UNKNOWN);
	}

	@Test
	void proxyAuthenticationRequired() {
		String id = "connectivity.proxy-authentication-required";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace(PROBES, "\"login.microsoftonline.com\",\"443\",\"True\",\"200\",",
				"\"login.microsoftonline.com\",\"443\",\"True\",\"407\",")), Outcome.FAIL);
		assertEquals(List.of("connectivity.set-agent-proxy-credentials"), fail.getQuickFixes());
		assertEquals(PROBES, fail.getEvidence().get(0).getArtifact());
		Finding log = only(run(id, healthy().replace(CBENGINE, NOISE,
				"Exception in GetAADToken | Params: {Data = }{Message = The remote server returned an error: (407) Proxy Authentication Required.}")),
				Outcome.FAIL);
		assertEquals(CBENGINE, log.getEvidence().get(0).getArtifact());
		only(run(id, healthy().remove(PROBES).remove(CBENGINE).remove(GATEWAY)), Outcome.UNKNOWN);
	}

	@Test
	void connectionErrorsInLogs() {
		String id = "connectivity.connection-errors-in-logs";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace(CBENGINE, NOISE,
				"A connection attempt failed because the connected party did not properly respond after a period of time")),
				Outcome.FAIL);
		assertTrue(fail.getMessage().contains("first at 2026-11-19 22:01:12 (UTC+08:00) \u00b7 14:01:12 UTC"), fail.getMessage());
		assertEquals(CBENGINE, fail.getEvidence().get(0).getArtifact());
		only(run(id, healthy().remove(CBENGINE).remove(GATEWAY)), Outcome.UNKNOWN);
	}

	/** One line with a WinINet code and the socket error's words is one connection failure, cited once. */
	@Test
	void connectionFailuresAreCountedByLineNotBySignature() {
		String id = "connectivity.connection-errors-in-logs";
		Finding fail = only(run(id, SampleVariant.of("broken-registration-connectivity")), Outcome.FAIL);
		assertTrue(fail.getMessage().startsWith("The agent's engine logs show 1 connection failure(s) (0x80072EFD)"),
				fail.getMessage());
		assertEquals(1, fail.getEvidence().size(), fail.getEvidence().toString());
		// a WinINet code on a line that reports no failure is no connection failure
		Finding pass = only(run(id, healthy().replace(CBENGINE, NOISE,
				"Proxy auto-detection skipped, using default. Hr: = [0x80072EE7]")), Outcome.PASS);
		assertTrue(pass.getMessage().contains("were ignored as harmless"), pass.getMessage());
	}

	@Test
	void antivirusExclusions() {
		String id = "connectivity.antivirus-exclusions-missing";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().edit(DEFENDER, t -> t.replace(SCRATCH_EXCLUSION, ""))), Outcome.FAIL);
		assertTrue(fail.getMessage().contains("Agent\\Scratch"), fail.getMessage());
		assertEquals(List.of("connectivity.add-defender-exclusions"), fail.getQuickFixes());
		assertEquals("another-process-or-antivirus-software-blocking-access-to-cache-folder", fail.getKb());
		only(run(id, healthy().edit(DEFENDER, t -> t.replace("Framework64\\\\v4.0.30319\\\\csc.exe", "Framework64\\\\v4.0.30319\\\\csc2.exe"))),
				Outcome.FAIL);
		// trailing backslash, folder wildcard, upper case and a bare csc.exe are tolerated
		only(run(id, healthy().edit(DEFENDER, t -> t
				.replace(SCRATCH_EXCLUSION, "\"C:\\\\PROGRAM FILES\\\\Microsoft Azure Recovery Services Agent\\\\Scratch\\\\\",")
				.replace("Agent\\\\bin\"", "Agent\\\\bin\\\\*\"")
				.replace("C:\\\\Windows\\\\Microsoft.NET\\\\Framework64\\\\v4.0.30319\\\\csc.exe", "csc.exe"))), Outcome.PASS);
		Finding off = only(run(id, healthy().edit(DEFENDER, t -> t.replace(SCRATCH_EXCLUSION, "")
				.replace("\"DisableRealtimeMonitoring\":  false", "\"DisableRealtimeMonitoring\":  true"))), Outcome.PASS);
		assertTrue(off.getMessage().contains("disabled"), off.getMessage());
		// a defender.json that is not there proves nothing about Defender
		Finding absent = only(run(id, healthy().remove(DEFENDER)), Outcome.UNKNOWN);
		assertTrue(absent.getMessage().contains(DEFENDER), absent.getMessage());
		Finding notInstalled = only(run(id, healthy().remove(DEFENDER).edit("manifest.json",
				t -> t.replaceFirst("(\"path\": \"system/defender.json\", \"command\": \"[^\"]*\", )\"status\": \"ok\"",
						"$1\"status\": \"skipped\", \"reason\": \"not-installed\""))),
				Outcome.INFO);
		assertTrue(notInstalled.getRecommendation().contains("cbengine.exe"), notInstalled.getRecommendation());
		assertEquals("manifest.json", notInstalled.getEvidence().get(0).getArtifact());
		assertTrue(notInstalled.getEvidence().get(0).getValue().contains("not-installed"),
				notInstalled.getEvidence().get(0).getValue());
		only(run(id, healthy().write(DEFENDER, "{ not json".getBytes())), Outcome.UNKNOWN);
	}
}
