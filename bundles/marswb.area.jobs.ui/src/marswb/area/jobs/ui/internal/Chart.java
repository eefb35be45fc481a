package marswb.area.jobs.ui.internal;

import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * A titled chart drawn on a canvas that redraws when resized, or, when there is nothing to draw, a note saying what to
 * collect in its place.
 */
abstract class Chart {

	static final int MARGIN = 6;

	private final Composite stack;
	private final StackLayout layout = new StackLayout();
	protected final Canvas canvas;
	private final Label note;

	Chart(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new FillLayout());
		stack = new Composite(group, SWT.NONE);
		stack.setLayout(layout);
		canvas = new Canvas(stack, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		canvas.addPaintListener(event -> paint(event.gc, textSize(event.gc)));
		canvas.addListener(SWT.Resize, event -> canvas.redraw());
		canvas.addListener(SWT.MouseMove, event -> canvas.setToolTipText(toolTip(event.x, event.y)));
		note = new Label(stack, SWT.WRAP);
		layout.topControl = note;
	}

	/** Shows the chart, or {@code missing} in its place when it is not null. */
	protected void showNoteOrChart(String missing) {
		note.setText(missing == null ? "" : missing);
		layout.topControl = missing == null ? canvas : note;
		stack.layout();
		canvas.redraw();
	}

	/** The note shown in place of the chart; null while the chart is shown. */
	public String note() {
		return layout.topControl == note ? note.getText() : null;
	}

	/** Metrics of the canvas's font, for computing a layout outside painting. */
	protected <T> T measured(Function<TextSize, T> compute) {
		GC gc = new GC(canvas);
		try {
			return compute.apply(textSize(gc));
		} finally {
			gc.dispose();
		}
	}

	protected abstract void paint(GC gc, TextSize text);

	/** The tooltip for the pointer at (x, y), null for none. */
	protected abstract String toolTip(int x, int y);

	private static TextSize textSize(GC gc) {
		return new TextSize() {
			@Override
			public int width(String text) {
				return gc.textExtent(text).x;
			}

			@Override
			public int height() {
				return gc.getFontMetrics().getHeight();
			}
		};
	}
}
