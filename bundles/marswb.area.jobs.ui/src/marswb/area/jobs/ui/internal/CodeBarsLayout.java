package marswb.area.jobs.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import marswb.model.server.ErrorCodeCount;

/**
 * The geometry of the failed-files chart: one horizontal bar per error code, most entries first, the code and its
 * name left of the bar and the count after it; bars scale to the largest count. Codes that do not fit the height are
 * counted as hidden (the table below lists them all).
 */
public final class CodeBarsLayout {

	/** One code's row: label at labelX, bar from barX, count text at countX; all share y and height. */
	public record Row(ErrorCodeCount code, String label, int labelX, int barX, int barWidth, String count, int countX,
			int y, int height) {
	}

	static final int GAP = 6;
	/** Labels never take more than this share of the width, so that bars keep room. */
	static final double MAX_LABEL_SHARE = 0.45;

	private final List<Row> rows;
	private final int hidden;
	private final int labelWidth;

	private CodeBarsLayout(List<Row> rows, int hidden, int labelWidth) {
		this.rows = rows;
		this.hidden = hidden;
		this.labelWidth = labelWidth;
	}

	/** Lays {@code codes} out on a chart of {@code width} by {@code height} pixels. */
	public static CodeBarsLayout of(List<ErrorCodeCount> codes, int width, int height, TextSize text) {
		List<ErrorCodeCount> sorted = codes.stream()
				.sorted(Comparator.comparingLong(ErrorCodeCount::getCount).reversed()).toList();
		int rowHeight = text.height() + GAP;
		int fitting = Math.max(height / rowHeight, 1);
		// the last line says how many codes are left out
		List<ErrorCodeCount> shown = sorted.size() <= fitting ? sorted : sorted.subList(0, Math.max(fitting - 1, 1));
		long most = sorted.isEmpty() ? 1 : Math.max(sorted.get(0).getCount(), 1);
		int labelWidth = Math.min((int) (width * MAX_LABEL_SHARE),
				shown.stream().mapToInt(c -> text.width(ErrorCodeNames.label(c.getCode()))).max().orElse(0));
		int countWidth = shown.stream().mapToInt(c -> text.width(countText(c))).max().orElse(0);
		int barX = labelWidth + GAP;
		int track = Math.max(width - barX - GAP - countWidth - GAP, 1);
		List<Row> rows = new ArrayList<>();
		for (ErrorCodeCount code : shown) {
			int barWidth = Math.max(1, (int) Math.round((double) code.getCount() / most * track));
			int y = rows.size() * rowHeight;
			rows.add(new Row(code, ErrorCodeNames.label(code.getCode()), 0, barX, barWidth, countText(code),
					barX + barWidth + GAP, y, rowHeight - GAP));
		}
		return new CodeBarsLayout(rows, sorted.size() - shown.size(), labelWidth);
	}

	private static String countText(ErrorCodeCount code) {
		return String.format("%,d", code.getCount());
	}

	public List<Row> rows() {
		return rows;
	}

	/** Codes left out for want of height. */
	public int hidden() {
		return hidden;
	}

	/** Room given to the labels; longer labels are cut at it. */
	public int labelWidth() {
		return labelWidth;
	}

	/** The row under the pointer, null if none. */
	public Row rowAt(int y) {
		return rows.stream().filter(r -> y >= r.y() && y < r.y() + r.height() + GAP).findFirst().orElse(null);
	}
}
