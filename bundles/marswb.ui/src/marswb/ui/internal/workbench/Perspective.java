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
 * Findings get the width and the upper half: their titles and messages are what is read most. Bundles,
 * configuration and the selected object's properties stand in a narrow column on the left; below Findings,
 * Finding Details (wide enough for its paragraphs) beside a folder for the remediation plan and, when opened, the
 * artifact and progress views. A comparison opens beside the findings, the area views in the Areas perspective.
 */
public class Perspective implements IPerspectiveFactory {

	public static final String ID = "marswb.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(BundleExplorerView.ID, IPageLayout.LEFT, 0.22f, editors);
		layout.addView(ConfigurationView.ID, IPageLayout.BOTTOM, 0.3f, BundleExplorerView.ID);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.6f, ConfigurationView.ID);
		IFolderLayout findings = layout.createFolder("marswb.ui.findingsFolder", IPageLayout.TOP, 0.55f, editors);
		findings.addView(FindingsView.ID);
		findings.addPlaceholder(ComparisonView.ID);
		IFolderLayout details = layout.createFolder("marswb.ui.detailsFolder", IPageLayout.BOTTOM, 0.55f,
				"marswb.ui.findingsFolder");
		details.addView(FindingDetailsView.ID);
		IFolderLayout plan = layout.createFolder("marswb.ui.planFolder", IPageLayout.RIGHT, 0.6f,
				"marswb.ui.detailsFolder");
		plan.addView(RemediationPlanView.ID);
		plan.addPlaceholder(ArtifactView.ID);
		plan.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
	}
}
