package marswb.area.basics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.engine.Analyzer;
import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Server;
import marswb.tests.support.SampleVariant;

/** The basics area on whole samples, and its quick-fixes as what-ifs. */
class BasicsSamplesTest {

	private static Server read(SampleVariant variant) {
		try (variant) {
			return variant.read();
		}
	}

	private static List<String> problems(List<Finding> findings) {
		return findings.stream().filter(f -> f.getArea().equals("basics"))
				.filter(f -> f.getOutcome() == Outcome.FAIL || f.getOutcome() == Outcome.WARN)
				.map(f -> f.getCheck() + (f.getSubjectKey() == null ? "" : "@" + f.getSubjectKey())).sorted().toList();
	}

	private static List<String> analyze(String sample) {
		Server server = read(SampleVariant.of(sample));
		return problems(Analyzer.platform().analyze(server, d -> d.area().equals("basics")).diagnosis().getFindings());
	}

	@Test
	void healthyHasNoBasicsProblem() {
		assertEquals(List.of(), analyze("healthy"));
	}

	@Test
	void brokenRegistrationConnectivityHasTls12Disabled() {
		assertEquals(List.of("basics.tls12-disabled"), analyze("broken-registration-connectivity"));
	}

	@Test
	void otherBrokenSamplesHaveNoBasicsProblem() {
		assertEquals(List.of(), analyze("broken-scheduling"));
		assertEquals(List.of(), analyze("broken-cache-encryption"));
	}

	@Test
	void tlsFixClearsTheFinding() {
		WhatIfSession session = WhatIfSession.platform(read(SampleVariant.of("broken-registration-connectivity")));
		WhatIfSession.Delta delta = session.apply("basics.enable-tls12");
		assertEquals(List.of("basics.tls12-disabled"), delta.cleared().stream().map(Finding::getCheck).toList());
		assertTrue(delta.appeared().isEmpty(), delta.appeared().toString());
		String script = session.plan().script();
		assertTrue(script.contains("New-ItemProperty -Path 'Registry::HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control"
				+ "\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client' -Name 'Enabled' -Value 1 -PropertyType DWord -Force"), script);
		assertTrue(script.contains("WOW6432Node"), script);
	}

	@Test
	void startObengineFixClearsTheFinding() {
		WhatIfSession session = WhatIfSession.platform(read(SampleVariant.of("healthy").replace(BasicsChecksTest.SERVICES,
				BasicsChecksTest.OBENGINE_RUNNING, "\"obengine\",\"Microsoft Azure Recovery Services Agent\",\"Stopped\"")));
		assertEquals(List.of("basics.obengine-not-running@obengine"), problems(session.diagnosis().getFindings()));
		WhatIfSession.Delta delta = session.apply("basics.start-obengine@obengine");
		assertEquals(1, delta.cleared().size(), delta.cleared().toString());
		assertTrue(session.plan().script().contains("Start-Service -Name 'obengine'"), session.plan().script());
		assertEquals(List.of(), problems(session.diagnosis().getFindings()));
	}
}
