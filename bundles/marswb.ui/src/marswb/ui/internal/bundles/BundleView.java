package marswb.ui.internal.bundles;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;

import marswb.engine.WhatIfSession;

/**
 * The base of the workbench's own views of the current bundle: a view part around a {@link BundleFrame}.
 */
public abstract class BundleView extends ViewPart {

	private final BundleFrame frame = new BundleFrame(new BundleFrame.Content() {
		@Override
		public Control createContent(Composite parent) {
			return BundleView.this.createContent(parent);
		}

		@Override
		public void bundleChanged(OpenBundle current) {
			BundleView.this.bundleChanged(current);
		}

		@Override
		public boolean showsWhatIfBanner() {
			return BundleView.this.showsWhatIfBanner();
		}
	});

	@Override
	public final void createPartControl(Composite parent) {
		frame.create(parent);
	}

	/** Creates the view's controls in {@code parent} and returns the one that takes the focus. */
	protected abstract Control createContent(Composite parent);

	/**
	 * Shows {@code current} (null when no bundle is open), called once the content exists and on the UI thread after
	 * each change of the open bundles.
	 */
	protected abstract void bundleChanged(OpenBundle current);

	/** False for a view of all the open bundles, which marks each what-if bundle itself. */
	protected boolean showsWhatIfBanner() {
		return true;
	}

	/** What the banner says for {@code fixes} applied quick-fixes; empty for none. */
	public static String whatIfText(int fixes) {
		return fixes == 0 ? "" : fixes == 1 ? Messages.WhatIf_bannerOne : NLS.bind(Messages.WhatIf_banner, fixes);
	}

	/** Takes every applied quick-fix of the current bundle back, as many Undos would. */
	public static void undoAll() {
		OpenBundle current = OpenBundles.get().current();
		if (current != null && current.canUndo()) {
			OpenBundles.get().whatIf(current, Messages.WhatIf_undoAllJob, BundleView::undoEverything);
		}
	}

	private static void undoEverything(WhatIfSession session) {
		while (session.canUndo()) {
			session.undoChange();
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == BundleFrame.class ? adapter.cast(frame) : super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		frame.dispose();
		super.dispose();
	}

	@Override
	public void setFocus() {
		frame.setFocus();
	}
}
