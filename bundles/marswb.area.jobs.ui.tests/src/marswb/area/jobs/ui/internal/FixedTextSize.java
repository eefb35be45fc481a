package marswb.area.jobs.ui.internal;

/** Text metrics that do not depend on the display's fonts, so that chart geometry can be asserted exactly. */
final class FixedTextSize {

	/** 7 pixels a character, 14 a line. */
	static final TextSize TEXT = new TextSize() {
		@Override
		public int width(String text) {
			return 7 * text.length();
		}

		@Override
		public int height() {
			return 14;
		}
	};

	private FixedTextSize() {
	}
}
