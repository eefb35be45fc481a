package marswb.area.registration.tests;

import static marswb.tests.support.CheckHarness.only;
import static marswb.tests.support.CheckHarness.outcomes;
import static marswb.tests.support.CheckHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.tests.support.SampleVariant;

/**
 * Each check on the healthy sample (PASS, or INFO where the healthy sample has nothing to judge), on the same sample
 * changed in the one value the check is about (FAIL), and without the artifact it needs (UNKNOWN).
 */
class RegistrationChecksTest {

	static final String FRESH = "agent/vault-credentials/contoso-rsv-sea_Wed Nov 18 2026.VaultCredentials";
	static final String OLD = "agent/vault-credentials/contoso-rsv-sea_Fri Oct 30 2026.VaultCredentials";
	static final String ERRLOG = "agent/logs/CBEngineCurr.errlog";
	static final String EVENTS = "agent/cloudbackup-events.csv";

	static SampleVariant healthy() {
		return SampleVariant.of("healthy");
	}

	/** Vault credentials of the healthy sample's vault. */
	static String credentials(String vault, String resourceId) {
		return """
				<?xml version="1.0" encoding="utf-8"?>
				<RSBackupVaultAADCreds xmlns="http://schemas.datacontract.org/2004/07/Microsoft.Azure.Portal.RecoveryServices.Models.Common" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
				  <Version>2.0</Version>
				  <SubscriptionId>8f3b2c1d-5e6a-4b7c-9d0e-1f2a3b4c5d6e</SubscriptionId>
				  <ResourceType>Vaults</ResourceType>
				  <ResourceName>%s</ResourceName>
				  <ManagementCert>Q0FOQVJZLVNFQ1JFVC1NQVJTV0I=</ManagementCert>
				  <ResourceId>%s</ResourceId>
				  <ResourceGroup>rg-backup-sea</ResourceGroup>
				  <Location>southeastasia</Location>
				  <AadTenantId>72f988bf-0000-4000-8000-2d7cd011db47</AadTenantId>
				</RSBackupVaultAADCreds>
				""".formatted(vault, resourceId);
	}

	static SampleVariant with(SampleVariant variant, String path, String text) {
		return variant.write(path, text.getBytes(StandardCharsets.UTF_8));
	}

	static SampleVariant withFresh() {
		return with(healthy(), FRESH, credentials("contoso-rsv-sea", "7126734129912754211"));
	}

	/** An errlog WARNING line in the agent's TAB layout. */
	static SampleVariant withLogLine(SampleVariant variant, String message) {
		return variant.edit(ERRLOG, text -> text + "0F3C\t1B80\t11/19\t22:43:00.118\t18\tjobmanager.cpp(1388)\t"
				+ "[000001D2A4C40150]\t695BC013-998B-4C15-A245-DF661224486D\t\tWARNING\t" + message + "\r\n");
	}

	static SampleVariant withEvent(SampleVariant variant, String message) {
		return variant.edit(EVENTS, text -> text + "\"11/19/2026 10:50:00 PM\",\"11\",\"Error\",\"" + message + "\"\r\n");
	}

	static SampleVariant withoutJobsEventsLogs() {
		return healthy().remove("agent/jobs.json").remove(EVENTS).remove(ERRLOG)
				.remove("agent/logs/GatewayProvider0.errlog");
	}


	/**
	 * Without a credentials file the check has nothing to judge, provided the manifest shows a collection; a file
	 * the manifest lists but the bundle lacks is lost evidence.
	 */
	private static void noFileToJudge(String id) {
		Finding none = only(run(id, healthy()), Outcome.NOT_APPLICABLE);
		assertTrue(none.getMessage().contains("no vault credentials file"), none.getMessage());
		only(run(id, healthy().remove("manifest.json")), Outcome.UNKNOWN);
		Finding lost = only(run(id, healthy().edit("manifest.json", t -> t.replace("\"items\": [",
				"\"items\": [\n    {\"path\": \"" + FRESH + "\", \"command\": \"Copy-Item\", \"status\": \"ok\"},"))),
				Outcome.UNKNOWN);
		assertEquals(FRESH, lost.getEvidence().get(0).getArtifact());
	}

	@Test
	void vaultCredentialsExpired() {
		String id = "registration.vault-credentials-expired";
		noFileToJudge(id);
		Finding pass = only(run(id, withFresh()), Outcome.PASS);
		assertTrue(pass.getMessage().contains("2026-11-18"), pass.getMessage());
		Finding fail = only(run(id, with(healthy(), OLD, credentials("contoso-rsv-sea", "7126734129912754211"))),
				Outcome.FAIL);
		assertEquals("contoso-rsv-sea_Fri Oct 30 2026.VaultCredentials", fail.getSubjectKey());
		assertTrue(fail.getMessage().contains("21 days") && fail.getMessage().contains("file name"), fail.getMessage());
		assertEquals(OLD, fail.getEvidence().get(0).getArtifact());
		assertEquals("invalid-vault-credentials-provided", fail.getKb());
		assertFalse(fail.getMessage().contains("Q0FOQVJZ"), "the management certificate never shows");
		only(run(id, with(healthy(), FRESH, "this is not XML")), Outcome.UNKNOWN);
	}

	@Test
	void vaultCredentialsInvalidFile() {
		String id = "registration.vault-credentials-invalid-file";
		noFileToJudge(id);
		only(run(id, withFresh()), Outcome.PASS);
		Finding extension = only(run(id, with(healthy(), FRESH + ".txt", credentials("contoso-rsv-sea", "1"))),
				Outcome.FAIL);
		assertEquals("contoso-rsv-sea_Wed Nov 18 2026.VaultCredentials.txt", extension.getSubjectKey());
		only(run(id, with(healthy(), FRESH, "<RSBackupVaultAADCreds><Version>2.0</Ver")), Outcome.FAIL);
		only(run(id, with(healthy(), FRESH,
				credentials("contoso-rsv-sea", "1").replace("  <ManagementCert>Q0FOQVJZLVNFQ1JFVC1NQVJTV0I=</ManagementCert>\n", ""))),
				Outcome.FAIL);
		// Windows names ignore case: a lower-case extension is still a credentials file
		only(run(id, with(healthy(), "agent/vault-credentials/contoso-rsv-sea.vaultcredentials",
				credentials("contoso-rsv-sea", "1"))), Outcome.PASS);
	}

	@Test
	void agentTooOldForCredentials() {
		String id = "registration.agent-too-old-for-credentials";
		noFileToJudge(id);
		only(run(id, withFresh()), Outcome.PASS);
		Finding fail = only(run(id, withFresh().replace("agent/version.txt", "2.0.9506.0", "2.0.9248.0")), Outcome.FAIL);
		assertEquals("agent/version.txt", fail.getEvidence().get(0).getArtifact());
		// numerically, not as text: 10000 > 9249
		only(run(id, withFresh().replace("agent/version.txt", "2.0.9506.0", "2.0.10000.0")), Outcome.PASS);
		only(run(id, withFresh().remove("agent/version.txt")), Outcome.UNKNOWN);
	}

	@Test
	void tenantRestrictions() {
		String id = "registration.tenant-restrictions";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, withLogLine(withFresh(), "Exception in GetAADToken | Params: {Data = }{Message = "
				+ "AADSTS500021: Access to 'contoso' tenant is denied.}")), Outcome.FAIL);
		assertTrue(fail.getRecommendation().contains("72f988bf-0000-4000-8000-2d7cd011db47"), fail.getRecommendation());
		assertEquals(ERRLOG, fail.getEvidence().get(0).getArtifact());
		only(run(id, withLogLine(healthy(), "Exception in GetAADToken: AADSTS7000215: Invalid client secret")),
				Outcome.WARN);
		only(run(id, withoutJobsEventsLogs()), Outcome.UNKNOWN);
	}

	@Test
	void invalidVaultCredentialsError() {
		String id = "registration.invalid-vault-credentials-error";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, withEvent(healthy(), "Invalid vault credentials provided. The file is either "
				+ "corrupted or doesn't have the latest credentials associated with recovery service. (ID: 34513)")),
				Outcome.FAIL);
		assertEquals(EVENTS, fail.getEvidence().get(0).getArtifact());
		only(run(id, withoutJobsEventsLogs()), Outcome.UNKNOWN);
	}

	@Test
	void windowsTempTmpFiles() {
		String id = "registration.windows-temp-tmp-files";
		String artifact = "system/windows-temp-tmp-count.txt";
		only(run(id, healthy()), Outcome.PASS);
		only(run(id, healthy().replace(artifact, "1200", "60000")), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace(artifact, "1200", "60001")), Outcome.FAIL);
		assertEquals(List.of("registration.delete-windows-temp-tmp-files"), fail.getQuickFixes());
		assertTrue(fail.getMessage().contains("60,001") && fail.getMessage().contains("60,000"), fail.getMessage());
		assertEquals(artifact, fail.getEvidence().get(0).getArtifact());
		assertEquals("additional-recommendations", fail.getKb());
		only(run(id, healthy().remove(artifact)), Outcome.UNKNOWN);
	}

	@Test
	void vaultCredentialsDownloadForbidden() {
		String id = "registration.vault-credentials-download-forbidden";
		only(run(id, healthy()), Outcome.PASS);
		Finding warn = only(run(id, withEvent(healthy(), "Failed to download the vault credential file. (ID: 403)")),
				Outcome.WARN);
		assertTrue(warn.getRecommendation().contains("50"), warn.getRecommendation());
		only(run(id, healthy().replace("agent/registry.reg", "\"ServiceResourceName\"=\"contoso-rsv-sea\"\r\n", "")),
				Outcome.INFO);
		only(run(id, withoutJobsEventsLogs()), Outcome.UNKNOWN);
	}

	@Test
	void vaultMismatch() {
		String id = "registration.vault-mismatch";
		noFileToJudge(id);
		only(run(id, withFresh()), Outcome.PASS);
		only(run(id, withFresh().replace("agent/registry.reg", "\"ServiceResourceName\"=\"contoso-rsv-sea\"\r\n", "")),
				Outcome.NOT_APPLICABLE);
		Finding fail = only(run(id, with(healthy(), FRESH, credentials("contoso-vault", "7126734129912754211"))),
				Outcome.FAIL);
		assertTrue(fail.getMessage().contains("contoso-vault") && fail.getMessage().contains("contoso-rsv-sea"),
				fail.getMessage());
		assertEquals(2, fail.getEvidence().size());
		Finding byId = only(run(id, with(healthy(), FRESH, credentials("contoso-rsv-sea", "5508413624770138216"))),
				Outcome.FAIL);
		assertTrue(byId.getMessage().contains("5508413624770138216"), byId.getMessage());
		only(run(id, withFresh().remove("agent/registry.reg")), Outcome.UNKNOWN);
	}

	@Test
	void serverRenamed() {
		String id = "registration.server-renamed";
		String certificates = "system/certificates.csv";
		only(run(id, healthy()), Outcome.PASS);
		Finding fail = only(run(id, healthy().replace(certificates, "CN=CB_SRV-FILE01.", "CN=CB_SRV-FILE09.")),
				Outcome.FAIL);
		assertEquals("SRV-FILE09", fail.getSubjectKey());
		assertEquals(List.of("registration.rename-computer-back@SRV-FILE09"), fail.getQuickFixes());
		assertEquals(certificates, fail.getEvidence().get(0).getArtifact());
		assertEquals("resource-not-provisioned-in-service-stamp", fail.getKb());
		only(run(id, withLogLine(healthy(), "Job failed with error 230006 (Resource not provisioned in service stamp)")),
				Outcome.WARN);
		only(run(id, healthy().remove(certificates)), Outcome.UNKNOWN);
	}
}
