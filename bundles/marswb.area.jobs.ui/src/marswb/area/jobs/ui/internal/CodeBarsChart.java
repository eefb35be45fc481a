package marswb.area.jobs.ui.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

import marswb.model.server.ErrorCodeCount;

/** The failed files of the last backups by error code, as horizontal bars ({@link CodeBarsLayout}). */
public final class CodeBarsChart extends Chart<ErrorCodeCount, CodeBarsLayout> {

	private static final Color BAR = new Color(70, 110, 170);

	CodeBarsChart(Composite parent) {
		super(parent, Messages.Chart_failedTitle);
	}

	@Override
	protected CodeBarsLayout layoutOf(List<ErrorCodeCount> codes, int width, int height, TextSize text) {
		return CodeBarsLayout.of(codes, width, height, text);
	}

	@Override
	protected void paint(GC gc, TextSize text) {
		CodeBarsLayout layout = layout(text);
		for (CodeBarsLayout.Row row : layout.rows()) {
			int y = MARGIN + row.y();
			gc.setClipping(MARGIN + row.labelX(), y, layout.labelWidth(), row.height());
			gc.drawText(row.label(), MARGIN + row.labelX(), y, true);
			gc.setClipping((Rectangle) null);
			gc.setBackground(BAR);
			gc.fillRectangle(MARGIN + row.barX(), y + 1, row.barWidth(), row.height() - 2);
			gc.drawText(row.count(), MARGIN + row.countX(), y, true);
		}
		if (layout.hidden() > 0) {
			int y = layout.rows().isEmpty() ? 0 : layout.rows().get(layout.rows().size() - 1).y() + text.height()
					+ CodeBarsLayout.GAP;
			gc.drawText(NLS.bind(Messages.Chart_hiddenCodes, layout.hidden()), MARGIN, MARGIN + y, true);
		}
	}

	@Override
	protected String toolTip(int x, int y) {
		CodeBarsLayout.Row row = layout().rowAt(y - MARGIN);
		return row == null ? null : NLS.bind(Messages.Chart_codeTip, row.label(), row.code().getFirstEntry());
	}
}
