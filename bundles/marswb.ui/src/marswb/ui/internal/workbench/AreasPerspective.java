package marswb.ui.internal.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import marswb.ui.internal.bundles.BundleExplorerView;
import marswb.ui.internal.findings.FindingDetailsView;
import marswb.ui.internal.findings.FindingsView;

/**
 * Every area view as a tab of one wide folder, the Bundle Explorer on the left, Findings and Finding Details
 * below: to go through a server area by area.
 */
public class AreasPerspective implements IPerspectiveFactory {

	public static final String ID = "marswb.ui.areasPerspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(BundleExplorerView.ID, IPageLayout.LEFT, 0.2f, editors);
		IFolderLayout areas = layout.createFolder("marswb.ui.areasFolder", IPageLayout.TOP, 0.6f, editors);
		AreaViewDescriptors.all().forEach(view -> areas.addView(view.getId()));
		IFolderLayout findings = layout.createFolder("marswb.ui.areaFindingsFolder", IPageLayout.BOTTOM, 0.6f,
				"marswb.ui.areasFolder");
		findings.addView(FindingsView.ID);
		layout.addView(FindingDetailsView.ID, IPageLayout.RIGHT, 0.6f, "marswb.ui.areaFindingsFolder");
	}
}
