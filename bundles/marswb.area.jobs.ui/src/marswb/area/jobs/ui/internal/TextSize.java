package marswb.area.jobs.ui.internal;

/** How much room a text takes where a chart is drawn, so that chart layouts can be computed without a display. */
public interface TextSize {

	int width(String text);

	int height();
}
