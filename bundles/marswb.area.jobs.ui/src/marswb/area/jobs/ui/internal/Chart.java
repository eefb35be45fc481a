package marswb.area.jobs.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * A titled chart drawn on a canvas that redraws when resized, or, when there is nothing to draw, a note saying what to
 * collect in its place.
 *
 * @param <D> what one item of the chart's data is
 * @param <L> the chart's geometry for a size, computed without a display so that it can be tested
 */
abstract class Chart<D, L> {

	static final int MARGIN = 6;

	private final Composite stack;
	private final StackLayout stackLayout = new StackLayout();
	protected final Canvas canvas;
	private final Label note;
	private List<D> data = List.of();

	Chart(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new FillLayout());
		stack = new Composite(group, SWT.NONE);
		stack.setLayout(stackLayout);
		canvas = new Canvas(stack, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		canvas.addPaintListener(event -> paint(event.gc, textSize(event.gc)));
		canvas.addListener(SWT.Resize, event -> canvas.redraw());
		canvas.addListener(SWT.MouseMove, event -> canvas.setToolTipText(toolTip(event.x, event.y)));
		note = new Label(stack, SWT.WRAP);
		stackLayout.topControl = note;
	}

	/** Draws {@code items}, or shows {@code missing} in the chart's place when it is not null. */
	void show(List<D> items, String missing) {
		data = List.copyOf(items);
		note.setText(missing == null ? "" : missing);
		stackLayout.topControl = missing == null ? canvas : note;
		stack.layout();
		canvas.redraw();
	}

	/** The note shown in place of the chart; null while the chart is shown. */
	public String note() {
		return stackLayout.topControl == note ? note.getText() : null;
	}

	/** The layout for the canvas's present size, measured with its font. */
	public L layout() {
		GC gc = new GC(canvas);
		try {
			return layout(textSize(gc));
		} finally {
			gc.dispose();
		}
	}

	protected L layout(TextSize text) {
		Rectangle area = canvas.getClientArea();
		return layoutOf(data, area.width - 2 * MARGIN, area.height - 2 * MARGIN, text);
	}

	/** The geometry of {@code items} in a drawing area of {@code width} by {@code height}. */
	protected abstract L layoutOf(List<D> items, int width, int height, TextSize text);

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
