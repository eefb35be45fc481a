package marswb.ui.internal.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.views.IViewDescriptor;

/**
 * The Areas menu: one item per area view, which opens (or brings to the front) that view, then one that opens the
 * Areas perspective with all of them as tabs.
 */
public class AreasMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		List<IContributionItem> items = new ArrayList<>();
		for (IViewDescriptor view : AreaViewDescriptors.all()) {
			CommandContributionItemParameter item = new CommandContributionItemParameter(window, null,
					IWorkbenchCommandConstants.VIEWS_SHOW_VIEW, CommandContributionItem.STYLE_PUSH);
			item.label = view.getLabel();
			item.icon = view.getImageDescriptor();
			item.parameters = Map.of(IWorkbenchCommandConstants.VIEWS_SHOW_VIEW_PARM_ID, view.getId());
			items.add(new CommandContributionItem(item));
		}
		items.add(new Separator());
		CommandContributionItemParameter all = new CommandContributionItemParameter(window, null,
				IWorkbenchCommandConstants.PERSPECTIVES_SHOW_PERSPECTIVE, CommandContributionItem.STYLE_PUSH);
		all.label = Messages.Areas_all;
		all.parameters = Map.of(IWorkbenchCommandConstants.PERSPECTIVES_SHOW_PERSPECTIVE_PARM_ID, AreasPerspective.ID);
		items.add(new CommandContributionItem(all));
		return items.toArray(IContributionItem[]::new);
	}
}
