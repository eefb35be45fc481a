package marswb.area.basics.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Service;
import marswb.model.server.ServerPackage.Literals;

/** An agent on an Azure VM is bound by the VM's disk IOPS limits; the slow-backup article has the advice. */
public final class AzureVmCheck implements Check {

	/** Services the Azure VM guest agent installs. */
	static final Set<String> AZURE_SERVICES = Set.of("windowsazureguestagent", "rdagent", "windowsazuretelemetryservice");

	@Override
	public void run(CheckContext context) {
		List<Service> azure = context.server().getServices().stream()
				.filter(s -> s.getName() != null && AZURE_SERVICES.contains(s.getName().toLowerCase(Locale.ROOT)))
				.toList();
		if (azure.isEmpty()) {
			context.finding(Outcome.PASS).message(Messages.AzureVm_no).add();
			return;
		}
		context.finding(Outcome.INFO).message(NLS.bind(Messages.AzureVm_yes, azure.get(0).getName()))
				.recommendation(Messages.AzureVm_recommendation).evidence(azure.get(0), Literals.SERVICE__NAME).add();
	}
}
