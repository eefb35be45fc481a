package marswb.ui;

import org.eclipse.swt.SWT;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import marswb.model.server.Server;
import marswb.ui.internal.bundles.Messages;

/**
 * The base of an area view: its tables stacked in a vertical sash, filled from the current bundle's server (see
 * {@link AreaViews#follow}) and refilled whenever it changes; following stops when the view closes. While quick-fixes
 * are applied, a banner above the tables says so: the values are then the what-if state, which nobody should quote
 * as the server's.
 *
 * @since 0.1
 */
public abstract class AreaView extends ViewPart {

	private Runnable unfollow;
	private Control focus;
	private SashForm sash;
	private Label whatIf;

	@Override
	public final void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout();
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		body.setLayout(layout);
		whatIf = new Label(body, SWT.WRAP);
		whatIf.setBackground(body.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		whatIf.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		whatIf.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		sash = new SashForm(body, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createTables(sash);
		focus = sash.getChildren().length > 0 ? sash.getChildren()[0] : sash;
		unfollow = AreaViews.follow(server -> {
			markWhatIf(AreaViews.appliedFixes());
			show(server);
		});
	}

	private void markWhatIf(int fixes) {
		whatIf.setText(fixes == 0 ? "" : NLS.bind(Messages.Area_whatIf, fixes));
		whatIf.setVisible(fixes > 0);
		((GridData) whatIf.getLayoutData()).exclude = fixes == 0;
		whatIf.getParent().layout(true);
	}

	/** Creates the view's tables, top to bottom, in {@code sash}. */
	protected abstract void createTables(Composite sash);

	/** Shares the height among the controls {@link #createTables} created, top to bottom; equal shares otherwise. */
	protected void setWeights(int... weights) {
		sash.setWeights(weights);
	}

	/** Fills the tables from {@code server}, or empties them when it is null (no bundle open). */
	protected abstract void show(Server server);

	@Override
	public void dispose() {
		if (unfollow != null) {
			unfollow.run();
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		focus.setFocus();
	}
}
