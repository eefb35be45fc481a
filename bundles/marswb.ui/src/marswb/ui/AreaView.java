package marswb.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;

import marswb.model.server.Server;

/**
 * The base of an area view: its tables stacked in a vertical sash, filled from the current bundle's server (see
 * {@link AreaViews#follow}) and refilled whenever it changes; following stops when the view closes.
 */
public abstract class AreaView extends ViewPart {

	private Runnable unfollow;
	private Control focus;
	private SashForm sash;

	@Override
	public final void createPartControl(Composite parent) {
		sash = new SashForm(parent, SWT.VERTICAL);
		createTables(sash);
		focus = sash.getChildren().length > 0 ? sash.getChildren()[0] : sash;
		unfollow = AreaViews.follow(this::show);
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
