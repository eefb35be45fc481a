package marswb.bundle.tests.csvjson;

import static marswb.bundle.tests.csvjson.CsvJsonAssertions.assertOrigin;
import static marswb.bundle.tests.csvjson.CsvJsonAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.MachineSettingParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.server.Agent;
import marswb.model.server.AgentProxy;
import marswb.model.server.ServerPackage.Literals;

class MachineSettingParserTest {

	private static final String PATH = "agent/machine-setting.json";

	@Test
	void proxyAndNumericEncryptionStatus() {
		Result result = parse(new MachineSettingParser(), PATH, CsvJsonAssertions.fixture("machine-setting.json"));
		AgentProxy proxy = result.server().getNetwork().getAgentProxy();
		assertEquals(Boolean.TRUE, proxy.getEnabled());
		assertEquals("http://proxy.contoso.local", proxy.getProxyServer());
		assertEquals(8080, proxy.getProxyPort());
		assertEquals("CONTOSO\\svc-backup", proxy.getUserName());
		assertOrigin(5, "8080", proxy, Literals.AGENT_PROXY__PROXY_PORT);

		Agent agent = result.server().getAgent();
		assertNull(agent.getEncryptionKeyStatus());
		assertEquals("1", agent.getMachineSettingEncryptionRaw());
		assertOrigin(12, "1", agent, Literals.AGENT__MACHINE_SETTING_ENCRYPTION_RAW);
		assertEquals(1, result.problems().size(), result.problems().toString());
		assertTrue(result.problems().get(0).contains("not documented"), result.problems().get(0));
	}

	@Test
	void namedStatusAndOtherCaseOfPropertyNames() {
		Result result = parse(new MachineSettingParser(), PATH, Fixtures.utf16le("""
				{
				    "proxySetting":  {
				                         "enabled":  false,
				                         "proxyServer":  null,
				                         "proxyPort":  0
				                     },
				    "encryptionSetting":  {
				                              "encryptionKeyStatus":  "NotSet"
				                          }
				}
				"""));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		assertEquals(Boolean.FALSE, result.server().getNetwork().getAgentProxy().getEnabled());
		assertNull(result.server().getNetwork().getAgentProxy().getProxyServer());
		assertEquals("NotSet", result.server().getAgent().getEncryptionKeyStatus());
		assertNull(result.server().getAgent().getMachineSettingEncryptionRaw());
		assertOrigin(8, "\"NotSet\"", result.server().getAgent(), Literals.AGENT__ENCRYPTION_KEY_STATUS);
	}

	@Test
	void oneElementArrayIsTheSettingItself() {
		Result result = parse(new MachineSettingParser(), PATH, Fixtures.utf16le("""
				[
				    {
				        "EncryptionSetting":  {
				                                  "EncryptionKeyStatus":  "Set"
				                              }
				    }
				]
				"""));
		assertEquals("Set", result.server().getAgent().getEncryptionKeyStatus());
		assertNull(result.server().getNetwork());
	}

	@Test
	void malformedJsonIsUnreadable() {
		Result result = ParserHarness.run(new MachineSettingParser(), PATH,
				Fixtures.utf16le("{\n    \"ProxySetting\":  {\n        \"Enabled\":  tru\n    }\n}\n"));
		assertNotNull(result.failure());
		assertEquals(3, result.failure().line());
	}
}
