package marswb.area.cache.tests;

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

/** The cache area on whole samples, and its quick-fixes as what-ifs. */
class CacheEndToEndTest {

	static Server sample(String name) {
		try (SampleVariant sample = SampleVariant.of(name)) {
			return sample.read();
		}
	}

	static List<String> problems(Diagnosis diagnosis) {
		return diagnosis.getFindings().stream().filter(f -> f.getArea().equals("cache"))
				.filter(f -> f.getOutcome() == Outcome.FAIL || f.getOutcome() == Outcome.WARN)
				.map(f -> f.getOutcome() + " " + f.getCheck() + (f.getSubjectKey() == null ? "" : "@" + f.getSubjectKey()))
				.sorted().toList();
	}

	static Diagnosis analyze(String name) {
		return Analyzer.platform().analyze(sample(name), d -> d.area().equals("cache")).diagnosis();
	}

	@Test
	void healthyHasNoProblem() {
		assertEquals(List.of(), problems(analyze("healthy")));
	}

	@Test
	void brokenRegistrationConnectivityHasNoCacheProblem() {
		assertEquals(List.of(), problems(analyze("broken-registration-connectivity")));
	}

	@Test
	void brokenCacheEncryption() {
		assertEquals(List.of("FAIL cache.file-not-found-errors", "FAIL cache.sal-low-disk-space",
				"FAIL cache.scratch-folder-attributes-unsupported", "FAIL cache.scratch-free-space-low@E",
				"FAIL cache.scratch-location-mismatch", "FAIL cache.shadow-storage-too-small@D"),
				problems(analyze("broken-cache-encryption")));
	}

	@Test
	void lowDiskSpaceIsLinkedToFreeSpace() {
		Diagnosis diagnosis = analyze("broken-cache-encryption");
		Finding sal = diagnosis.getFindings().stream().filter(f -> f.getCheck().equals("cache.sal-low-disk-space"))
				.findFirst().orElseThrow();
		assertEquals(1, sal.getCauses().size(), sal.getCauses().toString());
	}

	@Test
	void quickFixes() {
		WhatIfSession session = WhatIfSession.platform(sample("broken-cache-encryption"));
		WhatIfSession.Delta aligned = session.apply("cache.align-scratch-location");
		// back on C:, whose volume has room, the low free space of E: no longer concerns the cache
		assertEquals(List.of("cache.scratch-free-space-low", "cache.scratch-location-mismatch"),
				aligned.cleared().stream().map(Finding::getCheck).sorted().toList());
		WhatIfSession.Delta resized = session.apply("cache.resize-shadow-storage@D");
		assertEquals(List.of("cache.shadow-storage-too-small"), resized.cleared().stream().map(Finding::getCheck).toList());
		String script = session.plan().script();
		assertTrue(script.contains("& net.exe stop obengine"), script);
		// E:\MARSCache lacks the key, is compressed and nearly full: both values go back to the old folder
		assertTrue(script.contains("$target = 'C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Scratch'"), script);
		assertTrue(script.contains("New-ItemProperty -Path 'Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Azure Backup"
				+ "\\Config\\CloudBackupProvider' -Name 'ScratchLocation' -Value $target -PropertyType String -Force"), script);
		assertTrue(script.contains("& vssadmin.exe resize shadowstorage /On=D: /For=D: /Maxsize=104845MB"), script);
	}
}
