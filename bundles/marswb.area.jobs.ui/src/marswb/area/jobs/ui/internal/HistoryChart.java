package marswb.area.jobs.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;

import marswb.engine.DisplayValues;
import marswb.model.server.Job;
import marswb.model.server.ServerPackage.Literals;
import marswb.ui.AreaViews;

/** The job history as bars on a time axis ({@link HistoryLayout}), colored by what each job's state says. */
public final class HistoryChart extends Chart<Job, HistoryLayout> {

	private static final Map<JobKind, Color> COLORS = Map.of(JobKind.SUCCEEDED, new Color(46, 139, 87),
			JobKind.WARNINGS, new Color(218, 165, 32), JobKind.FAILED, new Color(200, 40, 40), JobKind.OTHER,
			new Color(128, 128, 128));

	HistoryChart(Composite parent) {
		super(parent, Messages.Chart_historyTitle);
	}

	@Override
	protected HistoryLayout layoutOf(List<Job> jobs, int width, int height, TextSize text) {
		return HistoryLayout.of(jobs, width, height, text);
	}

	private static Color color(JobKind kind) {
		return COLORS.get(kind);
	}

	@Override
	protected void paint(GC gc, TextSize text) {
		HistoryLayout layout = layout(text);
		int h = text.height();
		int legendEnd = MARGIN;
		for (HistoryLayout.LegendItem item : layout.legend()) {
			int x = MARGIN + layout.plot().x() + item.x();
			gc.setBackground(color(item.kind()));
			gc.fillRectangle(x, MARGIN + 2, h - 4, h - 4);
			gc.drawText(item.label(), x + h, MARGIN, true);
			legendEnd = x + h + text.width(item.label());
		}
		if (layout.unplaced() > 0) {
			gc.drawText(NLS.bind(Messages.Chart_unplaced, layout.unplaced()), legendEnd + 2 * HistoryLayout.GAP,
					MARGIN, true);
		}
		HistoryLayout.Box plot = layout.plot();
		int left = MARGIN + plot.x();
		int bottom = MARGIN + plot.y() + plot.height();
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		for (HistoryLayout.Tick tick : layout.durationTicks()) {
			gc.drawLine(left, MARGIN + tick.position(), left + plot.width(), MARGIN + tick.position());
		}
		gc.setForeground(canvas.getForeground());
		for (HistoryLayout.Tick tick : layout.durationTicks()) {
			gc.drawText(tick.label(), left - HistoryLayout.GAP - text.width(tick.label()),
					MARGIN + tick.position() - h / 2, true);
		}
		for (HistoryLayout.Tick tick : layout.timeTicks()) {
			int x = MARGIN + tick.position();
			gc.drawLine(x, bottom, x, bottom + 3);
			gc.drawText(tick.label(), x - text.width(tick.label()) / 2, bottom + 3, true);
		}
		gc.drawLine(left, MARGIN + plot.y(), left, bottom);
		for (HistoryLayout.Bar bar : layout.bars()) {
			gc.setBackground(color(bar.kind()));
			gc.fillRectangle(MARGIN + bar.x(), MARGIN + bar.y(), bar.width(), bar.height());
		}
	}

	@Override
	protected String toolTip(int x, int y) {
		HistoryLayout layout = layout();
		HistoryLayout.Bar bar = layout.barAt(x - MARGIN, y - MARGIN);
		if (bar == null) {
			return null;
		}
		Job job = bar.job();
		return NLS.bind(Messages.Chart_jobTip, new Object[] { 
				AreaViews.text(DisplayValues.of(job, Literals.JOB__START_TIME)),
				AreaViews.text(DisplayValues.of(job, Literals.JOB__END_TIME)),
				AreaViews.text(DisplayValues.of(job, Literals.JOB__JOB_STATE)),
				job.getErrorCode() == null ? "" : job.getErrorCode() });
	}
}
