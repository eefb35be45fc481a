package marswb.ui.internal.workbench;

import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.IPluginContribution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;

/**
 * The area views: those that other bundles (the areas' UI bundles, or a third party's) contribute into the
 * workbench's view category. Found in the view registry, so that an area added later needs no change here.
 */
public final class AreaViewDescriptors {

	private static final String CATEGORY = "marswb.ui.views";
	private static final String OWN_PLUGIN = "marswb.ui";

	private AreaViewDescriptors() {
	}

	/** The area views in the order of their names. */
	public static List<IViewDescriptor> all() {
		return Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getCategories())
				.filter(category -> category.getId().equals(CATEGORY))
				.flatMap(category -> Arrays.stream(category.getViews()))
				.filter(view -> !(view instanceof IPluginContribution contribution)
						|| !OWN_PLUGIN.equals(contribution.getPluginId()))
				.sorted((a, b) -> a.getLabel().compareToIgnoreCase(b.getLabel())).toList();
	}
}
