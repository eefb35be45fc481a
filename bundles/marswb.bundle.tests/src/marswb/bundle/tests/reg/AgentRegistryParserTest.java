package marswb.bundle.tests.reg;

import static marswb.bundle.tests.reg.RegAssertions.assertClean;
import static marswb.bundle.tests.reg.RegAssertions.assertOriginsOnTheirLines;
import static marswb.bundle.tests.reg.RegAssertions.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.AgentRegistryParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.Agent;
import marswb.model.server.CacheSettings;
import marswb.model.server.Registration;
import marswb.model.server.ServerPackage.Literals;

class AgentRegistryParserTest {

	private static final String PATH = "agent/registry.reg";

	@Test
	void readsInstallPathScratchLocationsAndRegistration() {
		byte[] bytes = RegAssertions.fixture("agent-registry.reg");
		Result result = ParserHarness.run(new AgentRegistryParser(), PATH, bytes);
		assertClean(result);
		Agent agent = result.server().getAgent();
		assertEquals("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\", agent.getInstallPath());
		assertEquals(19, origin(agent, Literals.AGENT__INSTALL_PATH).getLine());

		CacheSettings cache = result.server().getCache();
		assertEquals("D:\\MARS缓存\\Scratch", cache.getConfigScratchLocation());
		assertEquals("D:\\MARS缓存\\Scratch", cache.getProviderScratchLocation());
		assertEquals(6, origin(cache, Literals.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION).getLine());
		assertEquals("\"D:\\\\MARS缓存\\\\Scratch\"", origin(cache, Literals.CACHE_SETTINGS__CONFIG_SCRATCH_LOCATION).getRaw());
		assertEquals(15, origin(cache, Literals.CACHE_SETTINGS__PROVIDER_SCRATCH_LOCATION).getLine());

		Registration registration = agent.getRegistration();
		assertEquals("rsv-backup-prod-cn", registration.getVaultName());
		assertEquals("5b0ac5a2-3f1e-4c8d-9a77-2f8e1c6d4b10", registration.getSubscriptionId());
		assertEquals("rg-backup-prod", registration.getResourceGroupName());
		assertEquals("e9a3c0f1-7d42-4b8a-b1e6-0c5d9f2a8e34", registration.getMachineId());
		assertEquals("4127863052418764932", registration.getResourceId());
		assertEquals(7, origin(registration, Literals.REGISTRATION__VAULT_NAME).getLine());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void anUnregisteredAgentHasNoRegistration() {
		Result result = ParserHarness.run(new AgentRegistryParser(), PATH, Fixtures.utf16le("""
				Windows Registry Editor Version 5.00

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Azure Backup]

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config]
				"ScratchLocation"="C:\\\\Program Files\\\\Microsoft Azure Recovery Services Agent\\\\Scratch"

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Setup]
				"InstallPath"="C:\\\\Program Files\\\\Microsoft Azure Recovery Services Agent\\\\"

				"""));
		assertClean(result);
		assertNull(result.server().getAgent().getRegistration());
		assertNull(result.server().getCache().getProviderScratchLocation());
		assertEquals("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Scratch",
				result.server().getCache().getConfigScratchLocation());
	}

	@Test
	void readsAChineseScratchPathFromAnAnsiRegedit4Export() {
		byte[] bytes = Fixtures.encoded("""
				REGEDIT4

				[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config]
				"ScratchLocation"="E:\\\\备份缓存"
				"ServiceResourceName"="vault01"
				""", Charset.forName("GBK"));
		Result result = ParserHarness.run(new AgentRegistryParser(), PATH, bytes);
		assertClean(result);
		assertEquals("E:\\备份缓存", result.server().getCache().getConfigScratchLocation());
		assertEquals("vault01", result.server().getAgent().getRegistration().getVaultName());
		assertNull(result.server().getAgent().getInstallPath());
		assertOriginsOnTheirLines(result, bytes);
	}

	@Test
	void anExportWithoutKeysIsAProblem() {
		Result result = ParserHarness.run(new AgentRegistryParser(), PATH,
				Fixtures.utf16le("Windows Registry Editor Version 5.00\n\n"));
		assertEquals(java.util.List.of("the export holds no key"), result.problems());
		assertNull(result.server().getAgent());
	}

	@Test
	void aWrongHeaderIsRefusedWithItsLine() {
		Result result = ParserHarness.run(new AgentRegistryParser(), PATH,
				Fixtures.utf16le("ERROR: The system was unable to find the specified registry key or value.\n"));
		assertEquals(1, RegAssertions.failure(result).line());
		assertTrue(result.failure().getMessage().contains("ERROR: The system was unable"));
	}
}
