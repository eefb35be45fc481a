package marswb.ui.internal.bundles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.actions.CompoundContributionItem;

/**
 * File > Recent Bundles: one item per recently opened bundle, numbered for the keyboard; a bundle that is no longer
 * where it was stays listed, disabled, so that the user sees why it cannot be opened.
 */
public class RecentBundlesMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<Path> paths = RecentBundles.workbench().paths();
		if (paths.isEmpty()) {
			Action none = new Action(Messages.Recent_none) {
			};
			none.setEnabled(false);
			return new IContributionItem[] { new ActionContributionItem(none) };
		}
		List<IContributionItem> items = new ArrayList<>();
		for (int i = 0; i < paths.size(); i++) {
			items.add(new ActionContributionItem(new OpenRecent(i + 1, paths.get(i))));
		}
		return items.toArray(IContributionItem[]::new);
	}

	private static final class OpenRecent extends Action {

		private final Path bundle;

		OpenRecent(int number, Path bundle) {
			this.bundle = bundle;
			boolean exists = Files.exists(bundle);
			// '&' in a name would turn the next letter into a mnemonic
			setText(NLS.bind(exists ? Messages.Recent_item : Messages.Recent_missing, new Object[] { number,
					bundle.getFileName().toString().replace("&", "&&"),
					String.valueOf(bundle.getParent()).replace("&", "&&") }));
			setToolTipText(bundle.toString());
			setEnabled(exists);
		}

		@Override
		public void run() {
			OpenBundles.get().open(bundle);
		}
	}
}
