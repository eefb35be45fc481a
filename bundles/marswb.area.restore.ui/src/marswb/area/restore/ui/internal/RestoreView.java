package marswb.area.restore.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

import marswb.model.server.PnpDevice;
import marswb.model.server.Server;
import marswb.model.server.Service;
import marswb.ui.AreaView;
import marswb.ui.AreaViews;

/**
 * What Instant Restore needs on the current bundle's server: the iSCSI initiator devices with their status and
 * problem, above the Microsoft iSCSI Initiator Service (MSiSCSI) with its state and start mode.
 */
public class RestoreView extends AreaView {

	public static final String ID = "marswb.area.restore.ui.restore";

	private static final String SERVICE = "MSiSCSI";

	/** The MSiSCSI service; state and start mode null when it is not in the bundle's service list. */
	public record ServiceRow(String name, String state, String startMode) {
	}

	private TableViewer devices;
	private TableViewer service;

	@Override
	protected void createTables(Composite sash) {
		devices = AreaViews.table(sash);
		AreaViews.<PnpDevice>column(devices, Messages.Device_friendlyName, 240, PnpDevice::getFriendlyName);
		AreaViews.<PnpDevice>column(devices, Messages.Device_status, 90, PnpDevice::getStatus);
		AreaViews.<PnpDevice>column(devices, Messages.Device_instanceId, 260, PnpDevice::getInstanceId);
		AreaViews.<PnpDevice>column(devices, Messages.Device_problem, 200, PnpDevice::getProblem);
		service = AreaViews.table(sash);
		AreaViews.<ServiceRow>column(service, Messages.Service_name, 240, ServiceRow::name);
		AreaViews.<ServiceRow>column(service, Messages.Service_state, 120, ServiceRow::state);
		AreaViews.<ServiceRow>column(service, Messages.Service_startMode, 120, ServiceRow::startMode);
	}

	@Override
	protected void show(Server server) {
		devices.setInput(server == null ? List.of() : List.copyOf(server.getIscsiDevices()));
		service.setInput(server == null ? List.of() : List.of(serviceRow(server)));
	}

	private static ServiceRow serviceRow(Server server) {
		Service found = server.getServices().stream().filter(s -> SERVICE.equalsIgnoreCase(s.getName())).findFirst()
				.orElse(null);
		return found == null ? new ServiceRow(SERVICE, null, null)
				: new ServiceRow(found.getName(), found.getState(), found.getStartMode());
	}

	public TableViewer devices() {
		return devices;
	}

	public TableViewer service() {
		return service;
	}
}
