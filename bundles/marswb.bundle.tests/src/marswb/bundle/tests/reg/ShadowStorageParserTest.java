package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.ShadowStorageParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.ShadowStorage;

class ShadowStorageParserTest {

	private static final String PATH = "system/shadowstorage.txt";
	private static final String HEADER = """
			vssadmin 1.1 - Volume Shadow Copy Service administrative command-line tool
			(C) Copyright 2001-2013 Microsoft Corp.

			""";

	private static Result run(byte[] bytes) {
		return ParserHarness.run(new ShadowStorageParser(), PATH, bytes);
	}

	@Test
	void readsEveryAssociationWithBinaryUnits() {
		byte[] bytes = Fixtures.utf16le(HEADER + """
				Shadow Copy Storage association
				   For volume: (C:)\\\\?\\Volume{cbd6257a-71bb-4473-b800-498f0a8e380c}\\
				   Shadow Copy Storage volume: (C:)\\\\?\\Volume{cbd6257a-71bb-4473-b800-498f0a8e380c}\\
				   Used Shadow Copy Storage space: 1.93 GB (1%)
				   Allocated Shadow Copy Storage space: 2.00 GB (1%)
				   Maximum Shadow Copy Storage space: 2.00 GB (1%)

				Shadow Copy Storage association
				   For volume: (D:)\\\\?\\Volume{5d1e7a40-2b1c-4f0e-9f3a-7c2d8e6b1a90}\\
				   Shadow Copy Storage volume: (E:)\\\\?\\Volume{0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d}\\
				   Used Shadow Copy Storage space: 0 B (0%)
				   Allocated Shadow Copy Storage space: 512 KB (0%)
				   Maximum Shadow Copy Storage space: UNBOUNDED (100%)

				""");
		Result result = run(bytes);
		assertClean(result);
		List<ShadowStorage> storages = result.server().getShadowStorages();
		assertEquals(2, storages.size());

		ShadowStorage c = storages.get(0);
		assertEquals("C:", c.getForVolume());
		assertEquals("C:", c.getStorageVolume());
		assertEquals(2072321720L, c.getUsedBytes()); // 1.93 * 1024^3, rounded
		assertEquals(2L << 30, c.getAllocatedBytes());
		assertEquals(2L << 30, c.getMaximumBytes());
		assertFalse(c.isMaximumUnbounded());
		assertEquals(1, c.getMaximumPercent());
		assertEquals(5, origin(c, Literals.SHADOW_STORAGE__FOR_VOLUME).getLine());
		assertEquals(7, origin(c, Literals.SHADOW_STORAGE__USED_BYTES).getLine());
		assertEquals("1.93 GB", origin(c, Literals.SHADOW_STORAGE__USED_BYTES).getRaw());

		ShadowStorage d = storages.get(1);
		assertEquals("D:", d.getForVolume());
		assertEquals("E:", d.getStorageVolume());
		assertEquals(0L, d.getUsedBytes());
		assertEquals(512L * 1024, d.getAllocatedBytes());
		assertTrue(d.isMaximumUnbounded());
		assertNull(d.getMaximumBytes());
		assertEquals(100, d.getMaximumPercent());
		assertEquals(16, origin(d, Literals.SHADOW_STORAGE__MAXIMUM_UNBOUNDED).getLine());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void noAssociationsIsAnEmptyListWithoutProblem() {
		Result result = run(Fixtures.encoded(HEADER + "No items found that satisfy the query.\n\n",
				StandardCharsets.US_ASCII));
		assertClean(result);
		assertTrue(result.server().getShadowStorages().isEmpty());
	}

	@Test
	void aVolumeWithoutDriveLetterKeepsItsName() {
		Result result = run(Fixtures.utf16le(HEADER + """
				Shadow Copy Storage association
				   For volume: (\\\\?\\Volume{11111111-2222-3333-4444-555555555555}\\)\\\\?\\Volume{11111111-2222-3333-4444-555555555555}\\
				   Shadow Copy Storage volume: (C:)\\\\?\\Volume{cbd6257a-71bb-4473-b800-498f0a8e380c}\\
				   Used Shadow Copy Storage space: 12.5 MB (0%)
				   Allocated Shadow Copy Storage space: 1,5 TB (3%)
				   Maximum Shadow Copy Storage space: 10 PB (100%)
				"""));
		assertClean(result);
		ShadowStorage storage = result.server().getShadowStorages().get(0);
		assertEquals("\\\\?\\Volume{11111111-2222-3333-4444-555555555555}\\", storage.getForVolume());
		assertEquals(13107200L, storage.getUsedBytes());
		// a localized decimal comma
		assertEquals(3L << 39, storage.getAllocatedBytes());
		assertEquals(10L << 50, storage.getMaximumBytes());
	}

	@Test
	void anUnreadableSizeIsAProblemAndTheRestIsRead() {
		Result result = run(Fixtures.utf16le(HEADER + """
				Shadow Copy Storage association
				   For volume: (C:)\\\\?\\Volume{cbd6257a-71bb-4473-b800-498f0a8e380c}\\
				   Shadow Copy Storage volume: (C:)\\\\?\\Volume{cbd6257a-71bb-4473-b800-498f0a8e380c}\\
				   Used Shadow Copy Storage space: lots
				   Allocated Shadow Copy Storage space: 2.00 GB (1%)
				   Maximum Shadow Copy Storage space: 999999 EB (100%)
				"""));
		assertEquals(List.of("line 7: 'lots' is not a size such as 1.93 GB (1%)",
				"line 9: '999999 EB (100%)' is too large"), result.problems());
		ShadowStorage storage = result.server().getShadowStorages().get(0);
		assertNull(storage.getUsedBytes());
		assertEquals(2L << 30, storage.getAllocatedBytes());
	}

	@Test
	void aVssadminErrorIsRefused() {
		Result result = run(Fixtures.utf16le(HEADER
				+ "Error: You don't have the correct permissions to run this command.  Please run this utility from a"
				+ " command\nwindow that has elevated administrator privileges.\n"));
		assertEquals(4, RegAssertions.failure(result).line());
		assertTrue(result.failure().getMessage().startsWith("vssadmin reported 'Error: You don't have"));
	}

	@Test
	void aLocalizedOutputIsRefused() {
		Result result = run(Fixtures.utf16le("""
				vssadmin 1.1 - Volumeschattenkopie-Dienstverwaltungs-Befehlszeilenprogramm
				(C) Copyright 2001-2013 Microsoft Corp.

				Schattenkopie-Speicherzuordnung
				   Für Volume: (C:)\\\\?\\Volume{cbd6257a-71bb-4473-b800-498f0a8e380c}\\
				"""));
		assertTrue(RegAssertions.failure(result).getMessage().contains("(localized output?)"));
		assertTrue(result.server().getShadowStorages().isEmpty());
	}

	@Test
	void anEmptyAssociationAndSizesWithoutTheirShare() {
		byte[] bytes = Fixtures.utf16le(HEADER + """
				Shadow Copy Storage association
				   For volume: (C:)\\\\?\\Volume{cbd6257a-71bb-4473-b800-498f0a8e380c}\\
				   Shadow Copy Storage volume: (C:)\\\\?\\Volume{cbd6257a-71bb-4473-b800-498f0a8e380c}\\
				   Used Shadow Copy Storage space: 0 bytes (0%)
				   Allocated Shadow Copy Storage space: 0 bytes (0%)
				   Maximum Shadow Copy Storage space: UNBOUNDED (100%)

				Shadow Copy Storage association
				   For volume: (D:)\\\\?\\Volume{5d1e7a40-2b1c-4f0e-9f3a-7c2d8e6b1a90}\\
				   Shadow Copy Storage volume: (D:)\\\\?\\Volume{5d1e7a40-2b1c-4f0e-9f3a-7c2d8e6b1a90}\\
				   Used Shadow Copy Storage space: 1,5 GB
				   Allocated Shadow Copy Storage space: 2 GB
				   Maximum Shadow Copy Storage space: 10 GB

				Shadow Copy Storage association
				   For volume: (E:)\\\\?\\Volume{0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d}\\
				   Shadow Copy Storage volume: (E:)\\\\?\\Volume{0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d}\\
				   Used Shadow Copy Storage space: 0 bytes
				   Allocated Shadow Copy Storage space: 0 bytes
				   Maximum Shadow Copy Storage space: UNBOUNDED

				""");
		Result result = run(bytes);
		assertClean(result);
		List<ShadowStorage> storages = result.server().getShadowStorages();
		ShadowStorage c = storages.get(0);
		assertEquals(0L, c.getUsedBytes());
		assertEquals(0L, c.getAllocatedBytes());
		assertTrue(c.isMaximumUnbounded());
		assertEquals(100, c.getMaximumPercent());
		assertEquals("0 bytes", origin(c, Literals.SHADOW_STORAGE__USED_BYTES).getRaw());
		ShadowStorage d = storages.get(1);
		assertEquals(1_610_612_736L, d.getUsedBytes());
		assertEquals(10_737_418_240L, d.getMaximumBytes());
		assertFalse(d.isMaximumUnbounded());
		assertNull(d.getMaximumPercent(), "older vssadmin prints no share");
		ShadowStorage e = storages.get(2);
		assertEquals(0L, e.getUsedBytes());
		assertTrue(e.isMaximumUnbounded());
		assertNull(e.getMaximumPercent());
		assertOriginsOnTheirLines(result, bytes);
	}
}
