package marswb.area.registration.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.ErrorEvidence;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.EventRecord;
import marswb.model.server.Job;
import marswb.model.server.Located;
import marswb.model.server.LogHit;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.VaultCredentials;

/**
 * A proxy with Entra tenant restrictions (header Restrict-Access-To-Tenants) lets sign-ins only into the tenants it
 * allows; the vault's tenant (AadTenantId of the vault credentials file, one per region) must be among them or
 * registration fails with 34513. Evidence is an Entra error: AADSTS500021 or "tenant is denied" is the
 * restriction itself (FAIL); another AADSTS code is an Entra sign-in failure that may have this or another cause
 * (WARN). The recommendation names the tenant id of the bundle's credentials file(s), when there is one.
 */
public final class TenantRestrictionsCheck implements Check {

	static final String TENANT_DENIED_CODE = "AADSTS500021";
	static final String TENANT_DENIED_TEXT = "tenant is denied";

	private record Hit(Located owner, EStructuralFeature feature, boolean denied) {
	}

	@Override
	public void run(CheckContext context) {
		if (!ErrorEvidence.anyEvidence(context)) {
			context.unknown(ErrorEvidence.LOGS).add();
			return;
		}
		List<Hit> hits = hits(context.server());
		if (hits.isEmpty()) {
			context.finding(Outcome.PASS).message(Messages.TenantOk_message).add();
			return;
		}
		boolean denied = hits.stream().anyMatch(Hit::denied);
		String tenants = tenants(context.server());
		FindingBuilder finding = context.finding(denied ? Outcome.FAIL : Outcome.WARN)
				.message(denied ? Messages.TenantDenied_message : Messages.AadError_message)
				.recommendation(tenants.isEmpty() ? Messages.Tenant_recommendation_noFile
						: NLS.bind(Messages.Tenant_recommendation, tenants))
				.causedBy("connectivity.proxy-settings-contradict");
		hits.stream().limit(5).forEach(h -> finding.evidence(h.owner(), h.feature()));
		for (VaultCredentials credentials : context.server().getVaultCredentials()) {
			if (credentials.getAadTenantId() != null) {
				finding.evidence(credentials, Literals.VAULT_CREDENTIALS__AAD_TENANT_ID);
			}
		}
		finding.add();
	}

	private static List<Hit> hits(Server server) {
		List<Hit> hits = new ArrayList<>();
		if (server.getLogs() != null) {
			for (LogHit hit : server.getLogs().getHits()) {
				String signature = hit.getSignature();
				if (signature != null && signature.startsWith("AADSTS")) {
					hits.add(new Hit(hit, Literals.LOG_HIT__SIGNATURE,
							signature.equals(TENANT_DENIED_CODE) || denied(hit.getFirstText())));
				}
			}
		}
		for (EventRecord event : server.getEvents()) {
			if (aad(event.getMessage())) {
				hits.add(new Hit(event, Literals.EVENT_RECORD__MESSAGE, denied(event.getMessage())));
			}
		}
		for (Job job : server.getJobs()) {
			if (aad(job.getErrorMessage())) {
				hits.add(new Hit(job, Literals.JOB__ERROR_MESSAGE, denied(job.getErrorMessage())));
			}
		}
		return hits;
	}

	private static boolean aad(String text) {
		return text != null && (text.contains("AADSTS") || denied(text));
	}

	private static boolean denied(String text) {
		return text != null && (text.contains(TENANT_DENIED_CODE)
				|| text.toLowerCase(Locale.ROOT).contains(TENANT_DENIED_TEXT));
	}

	private static String tenants(Server server) {
		Set<String> ids = server.getVaultCredentials().stream().map(VaultCredentials::getAadTenantId)
				.filter(id -> id != null && !id.isBlank()).collect(Collectors.toCollection(TreeSet::new));
		return String.join(", ", ids);
	}
}
