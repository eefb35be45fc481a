package marswb.engine.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.engine.Analyzer;
import marswb.engine.spi.Check;
import marswb.engine.CheckDescriptor;
import marswb.engine.spi.QuickFix;
import marswb.engine.RemediationPlan;
import marswb.engine.spi.RemediationStep;
import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;
import marswb.model.server.Server;

class WhatIfSessionTest {

	/** FAILs while the host name is not upper case; the fix upper-cases it. */
	private static final Check UPPER_CASE_HOST = context -> {
		String host = context.server().getHostName();
		if (host.equals(host.toUpperCase())) {
			context.finding(Outcome.PASS).message("upper case").add();
		} else {
			context.finding(Outcome.FAIL).subject(host).message("lower case " + host).quickFix("test.upper").add();
		}
	};

	private static final QuickFix UPPER = new QuickFix() {
		@Override
		public void apply(Server workingCopy, Finding finding) {
			workingCopy.setHostName(workingCopy.getHostName().toUpperCase());
		}

		@Override
		public RemediationStep remediation(Server server, Finding finding) {
			return RemediationStep.builder("Rename the host\n\u91cd\u547d\u540d")
					.destructive().guard("$env:COMPUTERNAME -eq 'srv-lower'", "srv-lower")
					.backup("name", "$env:COMPUTERNAME", "@('Rename-Computer -NewName srv-lower')")
					.change("rename", "Rename-Computer -NewName " + server.getHostName().toUpperCase())
					.verify("$true", "name").build();
		}
	};

	private static WhatIfSession session(Server server) {
		Analyzer analyzer = Analyzer.of(Map.of(AnalyzerTest.descriptor("test.upper-case-host", Severity.HIGH),
				UPPER_CASE_HOST), Duration.ofSeconds(5));
		return new WhatIfSession(analyzer, Map.of("test.upper", UPPER), server);
	}

	@Test
	void applyingAFixClearsItsFindingAndUndoRedoWork() {
		Server original = AnalyzerTest.server();
		original.setHostName("srv-lower");
		WhatIfSession session = session(original);
		assertEquals(Outcome.FAIL, session.diagnosis().getFindings().get(0).getOutcome());
		assertEquals(1, session.offeredFixes().size());

		WhatIfSession.Delta applied = session.apply("test.upper@srv-lower");
		assertEquals(1, applied.cleared().size());
		assertTrue(applied.appeared().isEmpty());
		assertEquals("SRV-LOWER", session.workingCopy().getHostName());
		assertEquals("srv-lower", original.getHostName(), "the original model is never changed");
		assertEquals(List.of("test.upper@srv-lower"), session.appliedFixes());

		WhatIfSession.Delta undone = session.undo();
		assertEquals(1, undone.appeared().size());
		assertEquals("srv-lower", session.workingCopy().getHostName());
		assertFalse(session.canUndo());
		assertEquals(List.of(), session.appliedFixes(), "an undone fix is no longer applied");

		session.redo();
		assertEquals("SRV-LOWER", session.workingCopy().getHostName());
		assertEquals(List.of("test.upper@srv-lower"), session.appliedFixes());
		assertEquals(1, session.plan().steps().size());
	}

	@Test
	void aChangeAloneLeavesTheFindingsUntilTheChecksRunAgain() {
		Server original = AnalyzerTest.server();
		original.setHostName("srv-lower");
		WhatIfSession session = session(original);
		session.applyChange("test.upper@srv-lower");
		assertEquals("SRV-LOWER", session.workingCopy().getHostName());
		assertEquals(Outcome.FAIL, session.diagnosis().getFindings().get(0).getOutcome(), "not checked yet");
		assertTrue(session.canUndo());
		assertEquals(1, session.rerun().cleared().size());
		assertEquals(Outcome.PASS, session.diagnosis().getFindings().get(0).getOutcome());

		session.undoChange();
		assertEquals("srv-lower", session.workingCopy().getHostName());
		assertEquals(1, session.rerun().appeared().size());
		session.redoChange();
		assertEquals("SRV-LOWER", session.workingCopy().getHostName());
		assertEquals(1, session.rerun().cleared().size());
	}

	@Test
	void aFixNoFindingOffersIsRefusedWithTheOfferedOnes() {
		Server original = AnalyzerTest.server();
		original.setHostName("srv-lower");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> session(original).apply("test.nothing"));
		assertTrue(e.getMessage().contains("test.upper@srv-lower"), e.getMessage());
	}

	@Test
	void whenNoFindingOffersAnyFixTheRefusalSaysSoInsteadOfAnEmptyList() {
		Server original = AnalyzerTest.server();
		// an upper-case host name passes the test check, so nothing offers its fix
		original.setHostName("SRV-UPPER");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> session(original).apply("bogus"));
		assertEquals("No finding offers the quick-fix bogus; the findings of this bundle offer no quick-fix at all.",
				e.getMessage());
	}

	@Test
	void thePlanIsUtf8WithBomAndCrlfAndWarnsBeforeADestructiveStep(@TempDir Path dir) throws IOException {
		Server original = AnalyzerTest.server();
		original.setHostName("srv-lower");
		WhatIfSession session = session(original);
		session.apply("test.upper@srv-lower");
		RemediationPlan plan = session.plan();
		// the fix built its step without an id: the engine names it after the instance applied
		assertEquals(List.of("test.upper@srv-lower"), plan.steps().stream().map(RemediationStep::fixId).toList());
		Path file = dir.resolve("plan.ps1");
		plan.write(file);
		byte[] bytes = Files.readAllBytes(file);
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
		assertTrue(text.contains("# Rename the host\r\n# \u91cd\u547d\u540d\r\n"), text);
		int caution = text.indexOf("# CAUTION");
		assertTrue(caution > 0 && caution < text.indexOf("Rename-Computer -NewName SRV-LOWER"), text);
		assertTrue(text.contains("#Requires -RunAsAdministrator"), text);
	}
}
