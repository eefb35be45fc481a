package marswb.ui.internal.workbench;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import marswb.ui.internal.artifacts.ArtifactView;
import marswb.ui.internal.bundles.BundleExplorerView;
import marswb.ui.internal.comparison.ComparisonView;
import marswb.ui.internal.configuration.ConfigurationView;
import marswb.ui.internal.findings.FindingDetailsView;
import marswb.ui.internal.findings.FindingsView;
import marswb.ui.internal.whatif.RemediationPlanView;

/**
 * Bundles, configuration and the selected object's properties on the left, findings in the middle, the selected
 * finding's details and the remediation plan below (and the artifact and progress views when opened); a
 * comparison opens beside the findings.
 */
public class Perspective implements IPerspectiveFactory {

	public static final String ID = "marswb.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(BundleExplorerView.ID, IPageLayout.LEFT, 0.3f, editors);
		layout.addView(ConfigurationView.ID, IPageLayout.BOTTOM, 0.3f, BundleExplorerView.ID);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.6f, ConfigurationView.ID);
		IFolderLayout findings = layout.createFolder("marswb.ui.findingsFolder", IPageLayout.TOP, 0.6f, editors);
		findings.addView(FindingsView.ID);
		findings.addPlaceholder(ComparisonView.ID);
		IFolderLayout details = layout.createFolder("marswb.ui.detailsFolder", IPageLayout.BOTTOM, 0.6f,
				"marswb.ui.findingsFolder");
		details.addView(FindingDetailsView.ID);
		details.addView(RemediationPlanView.ID);
		details.addPlaceholder(ArtifactView.ID);
		details.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
	}
}
