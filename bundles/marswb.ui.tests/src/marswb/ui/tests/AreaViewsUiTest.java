package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.rows;
import static marswb.ui.tests.UiTesting.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import marswb.ui.internal.workbench.AreaViewDescriptors;
import marswb.ui.internal.workbench.AreasPerspective;

/**
 * The area views that the areas' UI bundles contribute through org.eclipse.ui.views: each is shown by its id, as
 * Window > Show View does, and shows the current bundle (a sample of samples/) row by row, in its tables from top to
 * bottom. The views are the area bundles' internals, so they are known here by their ids and widgets alone; the texts
 * are the English ones, the language the tests run in.
 */
class AreaViewsUiTest {

	private static final String TASKS = "marswb.area.scheduling.ui.tasks";
	private static final String CACHE = "marswb.area.cache.ui.cache";
	private static final String CONNECTIVITY = "marswb.area.connectivity.ui.connectivity";
	private static final String JOBS = "marswb.area.jobs.ui.jobs";
	private static final String REGISTRATION = "marswb.area.registration.ui.registration";
	private static final String ENCRYPTION = "marswb.area.encryption.ui.encryption";
	private static final String RESTORE = "marswb.area.restore.ui.restore";

	@Test
	void areaViewsAreContributedIntoTheWorkbenchCategory() {
		for (String id : List.of(TASKS, CACHE, CONNECTIVITY, JOBS, REGISTRATION, ENCRYPTION, RESTORE)) {
			IViewDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(id);
			assertTrue(view != null, id);
			// the e4 view registry gives the category's name, which is the same in English and Chinese
			assertEquals("MARS Support Workbench", view.getCategoryPath()[0], id);
		}
	}

	/**
	 * The Areas menu opens each area view in one click; its last item, like Window > Areas, opens the perspective
	 * with all of them as tabs; Window > Reset Perspective has a handler.
	 */
	@Test
	void theAreasMenuAndPerspectiveOpenEveryAreaView() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		List<String> ids = List.of(TASKS, CACHE, CONNECTIVITY, JOBS, REGISTRATION, ENCRYPTION, RESTORE);
		assertEquals(Set.copyOf(ids), AreaViewDescriptors.all().stream().map(IViewDescriptor::getId)
				.collect(Collectors.toSet()), "the views other bundles contribute, and only those");
		Menu areas = menu(window, "Areas");
		areas.notifyListeners(SWT.Show, new Event());
		List<MenuItem> items = List.of(areas.getItems());
		assertEquals(ids.size() + 2, items.size(), "one item per area view, a separator, all as tabs");
		MenuItem cache = items.stream().filter(i -> i.getText().equals(page().getWorkbenchWindow().getWorkbench()
				.getViewRegistry().find(CACHE).getLabel())).findFirst().orElseThrow();
		page().hideView(page().findViewReference(CACHE));
		cache.notifyListeners(SWT.Selection, new Event());
		assertTrue(page().findView(CACHE) != null, "one click opens the view");

		IPerspectiveDescriptor troubleshooting = page().getPerspective();
		items.get(items.size() - 1).notifyListeners(SWT.Selection, new Event());
		assertEquals(AreasPerspective.ID, page().getPerspective().getId());
		for (String id : ids) {
			assertTrue(page().findViewReference(id) != null, id + " is a tab of the Areas perspective");
		}
		page().setPerspective(troubleshooting);
		assertTrue(window.getService(ICommandService.class).getCommand("org.eclipse.ui.window.resetPerspective")
				.isHandled(), "Window > Reset Perspective");
	}

	private static Menu menu(IWorkbenchWindow window, String text) {
		for (MenuItem item : window.getShell().getMenuBar().getItems()) {
			if (item.getText().replace("&", "").equals(text)) {
				return item.getMenu();
			}
		}
		throw new AssertionFailedError("no menu " + text);
	}

	@Test
	void schedulingViewShowsTasksTriggersAndPolicy() throws Exception {
		open("samples/broken-scheduling");
		List<String[]> rows = rows(tables(page().showView(TASKS)).get(0));
		assertEquals(2, rows.size());
		String[] backup = row(rows, 0, "\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup");
		assertEquals("true", backup[1]);
		assertTrue(backup[2].contains("disabled") && backup[2].contains("2025-11-03T22:00:00"), backup[2]);
		assertEquals("S-1-5-18", backup[3]);
		assertEquals("IgnoreNew", backup[6]);
		String[] systemState = row(rows, 0, "\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup-SystemStateBackup");
		assertTrue(systemState[2].contains("enabled") && !systemState[2].contains("disabled"), systemState[2]);
		assertEquals("Parallel", systemState[6]);
	}

	@Test
	void cacheViewShowsScratchVolumeAgainstTheRuleAndShadowStorage() throws Exception {
		open("samples/broken-scheduling");
		List<Table> view = tables(page().showView(CACHE));
		List<String[]> scratch = rows(view.get(0));
		assertEquals(2, scratch.size());
		String[] config = row(scratch, 0, "Config\\ScratchLocation");
		assertEquals("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Scratch", config[1]);
		assertEquals("C:", config[2]);
		assertEquals("136.3 GB", config[3]);
		assertEquals("87.5 GB", config[4]);
		assertEquals("64.2 %", config[5]);
		assertEquals("10 % or more: enough free space", config[6]);
		List<String[]> shadow = rows(view.get(1));
		assertEquals(2, shadow.size(), "C: and D:");
		shadow.forEach(row -> assertEquals("10 %", row[5], String.join(" | ", row)));
	}

	@Test
	void connectivityViewShowsProxiesSideBySideAndProbes() throws Exception {
		open("samples/broken-scheduling");
		List<Table> view = tables(page().showView(CONNECTIVITY));
		List<String[]> proxies = rows(view.get(0));
		String[] enabled = proxies.get(0);
		assertEquals("0", enabled[1], "SYSTEM WinINet ProxyEnable");
		assertEquals("false", enabled[3], "WinHTTP: direct access");
		List<String[]> probes = rows(view.get(1));
		assertEquals(6, probes.size());
		String[] login = row(probes, 0, "login.microsoftonline.com");
		assertEquals(List.of("443", "true", "200"), List.of(login[1], login[2], login[3]));
		assertEquals("403", row(probes, 0, "seaprodwabstg01.blob.core.windows.net")[3]);
	}

	@Test
	void jobsViewShowsHistoryNewestFirstAndFailedFiles() throws Exception {
		open("samples/broken-scheduling");
		List<Table> view = tables(page().showView(JOBS));
		List<String[]> jobs = rows(view.get(0));
		assertEquals(9, jobs.size());
		// the server's local time (UTC+8), UTC beside
		assertEquals("2026-11-19 22:00:06 (UTC+08:00) \u00b7 14:00:06 UTC", jobs.get(0)[0]);
		assertEquals("Backup", jobs.get(0)[2], "the job type by the name the collector writes beside its number");
		assertEquals("Aborted", jobs.get(0)[3]);
		jobs.subList(1, jobs.size()).forEach(row -> assertEquals("Completed", row[3], String.join(" | ", row)));
		assertEquals(0, view.get(1).getItemCount(), "the failed-files list has no entries");
	}

	@Test
	void registrationViewShowsRegistrationVaultCredentialsAndAgentCertificates() throws Exception {
		open("samples/broken-registration-connectivity");
		List<Table> view = tables(page().showView(REGISTRATION));
		List<String[]> registration = rows(view.get(0));
		assertEquals(4, registration.size());
		assertEquals("8f3b2c1d-5e6a-4b7c-9d0e-1f2a3b4c5d6e", row(registration, 0, "Subscription")[1]);
		assertEquals("rg-backup-sea", row(registration, 0, "Resource group")[1]);
		assertEquals("8a3fbd4b-6c5e-4fa0-8b9d-4e5f6a7b8c93", row(registration, 0, "Machine id")[1]);
		List<String[]> credentials = rows(view.get(1));
		assertEquals(1, credentials.size());
		String[] file = row(credentials, 0, "contoso-vault_Fri Oct 30 2026.VaultCredentials");
		assertTrue(file[1].startsWith("2026-10-30"), file[1]);
		assertEquals("contoso-vault", file[2]);
		assertEquals("72f988bf-0000-4000-8000-2d7cd011db47", file[3]);
		List<String[]> certificates = rows(view.get(2));
		assertEquals(2, certificates.size(), "the CB_ certificates only");
		certificates.forEach(row -> assertTrue(row[0].contains("CB_"), row[0]));
		// the ManagementCert is a secret: neither its Base64 nor its decoded text is shown anywhere
		for (List<String[]> table : List.of(registration, credentials, certificates)) {
			for (String[] row : table) {
				for (String cell : row) {
					assertTrue(!cell.contains("Q0FOQVJZ") && !cell.contains("CANARY"), cell);
				}
			}
		}
	}

	@Test
	void encryptionViewShowsKeyStatusScratchFolderAndKek() throws Exception {
		open("samples/broken-cache-encryption");
		List<String[]> settings = rows(tables(page().showView(ENCRYPTION)).get(0));
		assertEquals(3, settings.size());
		assertEquals("Set", row(settings, 0, "Encryption key status")[1]);
		String folder = row(settings, 0, "Scratch folder")[1];
		assertTrue(!folder.isEmpty() && !folder.equals(marswb.ui.AreaViews.text(null)), folder);
		assertEquals("false", row(settings, 0, "OnlineBackup.KEK present")[1], "OnlineBackup.KEK is absent");
	}

	@Test
	void restoreViewShowsIscsiDevicesAndService() throws Exception {
		open("samples/healthy");
		List<Table> view = tables(page().showView(RESTORE));
		List<String[]> devices = rows(view.get(0));
		assertEquals(1, devices.size());
		assertEquals(List.of("Microsoft iSCSI Initiator", "OK", "ROOT\\ISCSIPRT\\0000", "CM_PROB_NONE"),
				List.of(devices.get(0)));
		List<String[]> service = rows(view.get(1));
		assertEquals(1, service.size());
		assertEquals(List.of("MSiSCSI", "Stopped", "Manual"), List.of(service.get(0)));
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static String[] row(List<String[]> rows, int column, String value) {
		return rows.stream().filter(r -> r[column].equals(value)).findFirst()
				.orElseThrow(() -> new AssertionFailedError("a row with " + value));
	}

}
