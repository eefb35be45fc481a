package marswb.ui.internal.bundles;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * What every view that shows the current bundle has around its content: it hears of each change of the open bundles
 * (a bundle opened, another became current, a what-if finished) until the view closes, gives the focus to the
 * content's main control, and, while quick-fixes are applied to the current bundle, shows above the content a banner
 * that says the view shows a what-if state, with Undo all: nobody should quote such a state as the server's. A view
 * holds its frame rather than inheriting it, so that the public {@code marswb.ui.AreaView} exposes none of it; each
 * such view answers {@code getAdapter(BundleFrame.class)} with its frame.
 */
public final class BundleFrame {

	/** The view's side of the frame. */
	public interface Content {

		/** Creates the view's controls in {@code parent} and returns the one that takes the focus. */
		Control createContent(Composite parent);

		/**
		 * Shows {@code current} (null when no bundle is open), called once the content exists and on the UI thread
		 * after each change of the open bundles.
		 */
		void bundleChanged(OpenBundle current);

		/** False for a view of all the open bundles, which marks each what-if bundle itself. */
		default boolean showsWhatIfBanner() {
			return true;
		}
	}

	private final Content content;
	private final OpenBundles.Listener listener = this::changed;
	private Composite banner;
	private Label bannerText;
	private Control focus;
	private Link undoLink;

	public BundleFrame(Content content) {
		this.content = content;
	}

	/** Creates the banner and the content in {@code parent} and starts listening to the open bundles. */
	public void create(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout();
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		body.setLayout(layout);
		banner = new Composite(body, SWT.NONE);
		// the colours of a warning whatever the theme: the system's tooltip colours are dark in some
		banner.setBackground(WhatIfMarks.color());
		banner.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayout bannerLayout = new GridLayout(2, false);
		bannerLayout.marginHeight = 3;
		banner.setLayout(bannerLayout);
		GridData bannerData = new GridData(SWT.FILL, SWT.TOP, true, false);
		bannerData.exclude = true;
		banner.setLayoutData(bannerData);
		banner.setVisible(false);
		bannerText = new Label(banner, SWT.WRAP);
		bannerText.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		bannerText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		undoLink = new Link(banner, SWT.NONE);
		undoLink.setText("<a>" + Messages.WhatIf_undoAll + "</a>");
		undoLink.addListener(SWT.Selection, event -> BundleView.undoAll());
		Composite contentParent = new Composite(body, SWT.NONE);
		contentParent.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		contentParent.setLayout(new FillLayout());
		focus = content.createContent(contentParent);
		OpenBundles.get().addListener(listener);
		changed(OpenBundles.get().current());
	}

	private void changed(OpenBundle current) {
		int fixes = current == null || !content.showsWhatIfBanner() ? 0 : current.appliedFixes().size();
		String text = BundleView.whatIfText(fixes);
		// most changes leave the banner as it was: laying the view out again would only cost time
		if (!text.equals(bannerText.getText())) {
			bannerText.setText(text);
			banner.setVisible(fixes > 0);
			((GridData) banner.getLayoutData()).exclude = fixes == 0;
			banner.getParent().layout(true, true);
		}
		content.bundleChanged(current);
	}

	/** The what-if banner's text; empty while no quick-fix is applied. */
	public String bannerText() {
		return banner.getVisible() ? bannerText.getText() : "";
	}

	/** The banner's Undo all, for tests that click it. */
	public Link undoAllLink() {
		return undoLink;
	}

	/** Stops listening to the open bundles, when the view closes. */
	public void dispose() {
		OpenBundles.get().removeListener(listener);
	}

	public void setFocus() {
		focus.setFocus();
	}
}
