package marswb.area.connectivity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.engine.Analyzer;
import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;
import marswb.tests.support.SampleVariant;

/** The connectivity area on whole samples, and its quick-fixes as what-ifs. */
class ConnectivityEndToEndTest {

	static Server sample(String name) {
		try (SampleVariant sample = SampleVariant.of(name)) {
			return sample.read();
		}
	}

	static List<String> problems(Diagnosis diagnosis) {
		return diagnosis.getFindings().stream().filter(f -> f.getArea().equals("connectivity"))
				.filter(f -> f.getOutcome() == Outcome.FAIL || f.getOutcome() == Outcome.WARN)
				.map(f -> f.getOutcome() + " " + f.getCheck() + (f.getSubjectKey() == null ? "" : "@" + f.getSubjectKey()))
				.sorted().toList();
	}

	static Diagnosis analyze(String name) {
		return Analyzer.platform().analyze(sample(name), d -> d.area().equals("connectivity")).diagnosis();
	}

	@Test
	void healthyHasNoProblem() {
		assertEquals(List.of(), problems(analyze("healthy")));
	}

	@Test
	void brokenCacheEncryptionHasNoConnectivityProblem() {
		assertEquals(List.of(), problems(analyze("broken-cache-encryption")));
	}

	@Test
	void brokenRegistrationConnectivity() {
		assertEquals(List.of("FAIL connectivity.connection-errors-in-logs",
				"FAIL connectivity.endpoint-unreachable@pod01-manag1.sea.backup.windowsazure.com",
				"FAIL connectivity.proxy-authentication-required",
				"FAIL connectivity.proxy-settings-contradict@SYSTEM WinINet"), problems(analyze("broken-registration-connectivity")));
	}

	@Test
	void connectionErrorsAreLinkedToTheirCauses() {
		Diagnosis all = Analyzer.platform().analyze(sample("broken-registration-connectivity")).diagnosis();
		Finding errors = all.getFindings().stream().filter(f -> f.getCheck().equals("connectivity.connection-errors-in-logs"))
				.findFirst().orElseThrow();
		assertTrue(errors.getCauses().size() >= 3, errors.getCauses().toString());
	}

	@Test
	void quickFixes() {
		WhatIfSession session = WhatIfSession.platform(sample("broken-registration-connectivity"));
		WhatIfSession.Delta stale = session.apply("connectivity.remove-stale-wininet-proxy@SYSTEM WinINet");
		assertEquals(List.of("connectivity.proxy-settings-contradict"),
				stale.cleared().stream().map(Finding::getCheck).toList());
		session.apply("connectivity.set-agent-proxy-credentials");
		String script = session.plan().script();
		assertTrue(script.contains("$proxyServer = 'http://proxy.contoso.local'\n") && script.contains("$proxyPort = 8080\n")
				&& script.contains("Set-OBMachineSetting -ProxyServer $proxyServer -ProxyPort $proxyPort"
						+ " -ProxyUsername $proxyUser -ProxyPassword $proxyPassword"), script);
		assertTrue(script.contains("$proxyPassword = Read-Host -AsSecureString"), "the password is asked for: " + script);
		assertTrue(!script.contains("CANARY"), script);

		Server noScratchExclusion;
		try (SampleVariant v = SampleVariant.of("healthy").edit(ConnectivityChecksTest.DEFENDER,
				t -> t.replace(ConnectivityChecksTest.SCRATCH_EXCLUSION, ""))) {
			noScratchExclusion = v.read();
		}
		WhatIfSession defender = WhatIfSession.platform(noScratchExclusion);
		WhatIfSession.Delta added = defender.apply("connectivity.add-defender-exclusions");
		assertEquals(List.of("connectivity.antivirus-exclusions-missing"),
				added.cleared().stream().map(Finding::getCheck).toList());
		assertTrue(defender.plan().script().contains(
				"$paths = @('C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Scratch')"),
				defender.plan().script());
	}
}
