import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the workbench's icons (product window images, about image, view and command icons) so that they are our
 * own and can be drawn again after a change. Each icon is drawn on a 16-unit grid (the product icon on a 128-unit
 * one) and rendered at every size it is needed in, @2x included, for sharp icons on high-density screens.
 * Usage: java releng/icons/MakeIcons.java bundles/marswb.ui/icons
 */
public final class MakeIcons {

	private static final Color BLUE = new Color(0x1F6FD0);
	private static final Color DARK_BLUE = new Color(0x0B3B82);
	private static final Color LIGHT_BLUE = new Color(0xD6E6FA);
	private static final Color PAPER = new Color(0xFBFBF8);
	private static final Color INK = new Color(0x4A5563);
	private static final Color RED = new Color(0xD93A2B);
	private static final Color AMBER = new Color(0xF0A81C);
	private static final Color GREEN = new Color(0x2F9E44);
	private static final Color BROWN = new Color(0xB7791F);
	private static final Color FOLDER = new Color(0xF2C94C);

	private MakeIcons() {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		for (int size : new int[] { 16, 32, 48, 64, 128 }) {
			write(out.resolve("product/marswb" + size + ".png"), size, 128, MakeIcons::product);
		}
		write(out.resolve("product/about.png"), 128, 128, MakeIcons::product);
		small(out, "view/bundles", MakeIcons::bundles);
		small(out, "view/configuration", MakeIcons::configuration);
		small(out, "view/findings", MakeIcons::findings);
		small(out, "view/details", MakeIcons::details);
		small(out, "view/artifact", MakeIcons::artifact);
		small(out, "view/plan", MakeIcons::plan);
		small(out, "view/comparison", MakeIcons::comparison);
		small(out, "view/progress", MakeIcons::progress);
		small(out, "command/open", MakeIcons::openZip);
		small(out, "command/openFolder", MakeIcons::openFolder);
		small(out, "command/quickFix", MakeIcons::quickFix);
		small(out, "command/undo", g -> turn(g, false));
		small(out, "command/redo", g -> turn(g, true));
		small(out, "command/export", MakeIcons::export);
		small(out, "command/baseline", MakeIcons::baseline);
	}

	/** A 16 px icon and its 32 px twin, which the platform picks by the @2x in its name. */
	private static void small(Path out, String name, Consumer<Graphics2D> drawing) throws IOException {
		write(out.resolve(name + ".png"), 16, 16, drawing);
		write(out.resolve(name + "@2x.png"), 32, 16, drawing);
	}

	private static void write(Path file, int pixels, int grid, Consumer<Graphics2D> drawing) throws IOException {
		BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.scale(pixels / (double) grid, pixels / (double) grid);
		drawing.accept(g);
		g.dispose();
		Files.createDirectories(file.getParent());
		ImageIO.write(image, "png", file.toFile());
	}

	/** A cloud (the backup vault) over a blue tile, looked at through a magnifying glass (troubleshooting). */
	private static void product(Graphics2D g) {
		g.setPaint(new GradientPaint(0, 0, BLUE, 0, 128, DARK_BLUE));
		g.fill(new RoundRectangle2D.Double(4, 4, 120, 120, 28, 28));
		Area cloud = new Area(new Ellipse2D.Double(18, 40, 40, 40));
		cloud.add(new Area(new Ellipse2D.Double(38, 22, 50, 50)));
		cloud.add(new Area(new Ellipse2D.Double(70, 38, 40, 40)));
		cloud.add(new Area(new RoundRectangle2D.Double(18, 56, 92, 24, 24, 24)));
		g.setColor(Color.WHITE);
		g.fill(cloud);
		g.setColor(AMBER);
		g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(88, 96, 108, 112));
		g.setStroke(new BasicStroke(8));
		Ellipse2D lens = new Ellipse2D.Double(54, 62, 38, 38);
		g.setColor(LIGHT_BLUE);
		g.fill(lens);
		g.setColor(AMBER);
		g.draw(lens);
		g.setColor(RED);
		g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		Path2D pulse = new Path2D.Double();
		pulse.moveTo(60, 82);
		pulse.lineTo(67, 82);
		pulse.lineTo(72, 71);
		pulse.lineTo(78, 91);
		pulse.lineTo(82, 82);
		pulse.lineTo(87, 82);
		g.draw(pulse);
	}

	private static void outlined(Graphics2D g, Shape shape, Color fill, Color line) {
		g.setColor(fill);
		g.fill(shape);
		g.setColor(line);
		g.setStroke(new BasicStroke(1));
		g.draw(shape);
	}

	private static void page(Graphics2D g) {
		outlined(g, new Rectangle2D.Double(2.5, 1.5, 11, 13), PAPER, INK);
	}

	private static void lines(Graphics2D g, double x, double y, int count, double width) {
		g.setColor(INK);
		for (int i = 0; i < count; i++) {
			g.fill(new Rectangle2D.Double(x, y + 2.5 * i, width, 1));
		}
	}

	/** A zipped box: the bundle. */
	private static void bundles(Graphics2D g) {
		outlined(g, new Rectangle2D.Double(1.5, 4.5, 13, 10), FOLDER, BROWN);
		outlined(g, new Rectangle2D.Double(1.5, 2.5, 13, 3), FOLDER.brighter(), BROWN);
		g.setColor(INK);
		for (int y = 3; y < 14; y += 2) {
			g.fill(new Rectangle2D.Double(7, y, 2, 1));
		}
	}

	/** A tree of settings. */
	private static void configuration(Graphics2D g) {
		g.setColor(INK);
		g.setStroke(new BasicStroke(1));
		g.draw(new Line2D.Double(4.5, 5, 4.5, 12.5));
		g.draw(new Line2D.Double(4.5, 8.5, 8, 8.5));
		g.draw(new Line2D.Double(4.5, 12.5, 8, 12.5));
		outlined(g, new Rectangle2D.Double(2.5, 1.5, 5, 4), BLUE, DARK_BLUE);
		outlined(g, new Rectangle2D.Double(8.5, 6.5, 6, 4), LIGHT_BLUE, DARK_BLUE);
		outlined(g, new Rectangle2D.Double(8.5, 10.5, 6, 4), LIGHT_BLUE, DARK_BLUE);
	}

	/** A list whose rows are marked by their outcome. */
	private static void findings(Graphics2D g) {
		page(g);
		Color[] marks = { RED, AMBER, GREEN };
		for (int i = 0; i < 3; i++) {
			g.setColor(marks[i]);
			g.fill(new Ellipse2D.Double(4, 3.5 + 3.7 * i, 3, 3));
			lines(g, 8, 4.5 + 3.7 * i, 1, 4);
		}
	}

	/** A page with an "i": what a finding says. */
	private static void details(Graphics2D g) {
		page(g);
		g.setColor(BLUE);
		g.fill(new Ellipse2D.Double(6.8, 3, 2.4, 2.4));
		g.fill(new Rectangle2D.Double(6.9, 6.5, 2.2, 6));
	}

	/** A text file with a highlighted line: the evidence in an artifact. */
	private static void artifact(Graphics2D g) {
		page(g);
		g.setColor(AMBER);
		g.fill(new Rectangle2D.Double(3, 7, 10, 2.5));
		lines(g, 4.5, 4, 4, 7);
	}

	/** A checklist: the remediation plan's steps. */
	private static void plan(Graphics2D g) {
		page(g);
		g.setColor(GREEN);
		g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int i = 0; i < 3; i++) {
			double y = 4.5 + 3.5 * i;
			Path2D tick = new Path2D.Double();
			tick.moveTo(4, y + 0.5);
			tick.lineTo(5.2, y + 1.7);
			tick.lineTo(7, y - 0.5);
			g.draw(tick);
		}
		lines(g, 8, 4.5, 3, 4);
	}

	/** Two pages side by side, one line differing. */
	private static void comparison(Graphics2D g) {
		outlined(g, new Rectangle2D.Double(0.5, 1.5, 7, 13), PAPER, INK);
		outlined(g, new Rectangle2D.Double(8.5, 1.5, 7, 13), PAPER, INK);
		lines(g, 2, 4, 4, 4);
		lines(g, 10, 4, 4, 4);
		g.setColor(AMBER);
		g.fill(new Rectangle2D.Double(1, 8.5, 6, 2));
		g.fill(new Rectangle2D.Double(9, 8.5, 6, 2));
	}

	/** A bar half filled under a clock hand: work going on in the background. */
	private static void progress(Graphics2D g) {
		outlined(g, new Ellipse2D.Double(3.5, 0.5, 9, 9), PAPER, INK);
		g.setColor(INK);
		g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(8, 5, 8, 2.5));
		g.draw(new Line2D.Double(8, 5, 10, 6));
		outlined(g, new Rectangle2D.Double(0.5, 11.5, 15, 4), PAPER, INK);
		g.setColor(GREEN);
		g.fill(new Rectangle2D.Double(1, 12, 8, 3));
	}

	private static void folder(Graphics2D g) {
		Path2D shape = new Path2D.Double();
		shape.moveTo(1.5, 3.5);
		shape.lineTo(6, 3.5);
		shape.lineTo(7.5, 5);
		shape.lineTo(14.5, 5);
		shape.lineTo(14.5, 13.5);
		shape.lineTo(1.5, 13.5);
		shape.closePath();
		outlined(g, shape, FOLDER, BROWN);
	}

	private static void arrowUp(Graphics2D g, double x, double y, Color color) {
		Path2D arrow = new Path2D.Double();
		arrow.moveTo(x, y);
		arrow.lineTo(x + 3.5, y + 3.5);
		arrow.lineTo(x + 1.5, y + 3.5);
		arrow.lineTo(x + 1.5, y + 7);
		arrow.lineTo(x - 1.5, y + 7);
		arrow.lineTo(x - 1.5, y + 3.5);
		arrow.lineTo(x - 3.5, y + 3.5);
		arrow.closePath();
		outlined(g, arrow, color, color.darker());
	}

	/** A bundle (zipped box) being opened. */
	private static void openZip(Graphics2D g) {
		outlined(g, new Rectangle2D.Double(1.5, 7.5, 10, 7), FOLDER, BROWN);
		g.setColor(INK);
		for (int y = 8; y < 14; y += 2) {
			g.fill(new Rectangle2D.Double(5.5, y, 2, 1));
		}
		arrowUp(g, 12, 1, GREEN);
	}

	private static void openFolder(Graphics2D g) {
		folder(g);
		arrowUp(g, 11.5, 1, GREEN);
	}

	/** A wrench: a quick-fix. */
	private static void quickFix(Graphics2D g) {
		Area wrench = new Area(new Ellipse2D.Double(8, 1, 7, 7));
		wrench.subtract(new Area(new Rectangle2D.Double(10.5, 0, 2, 4.5)));
		Path2D handle = new Path2D.Double();
		handle.moveTo(9.2, 5.2);
		handle.lineTo(10.8, 6.8);
		handle.lineTo(4, 13.6);
		handle.lineTo(2.4, 12);
		handle.closePath();
		wrench.add(new Area(handle));
		outlined(g, wrench, new Color(0x8A96A3), INK);
		g.setColor(AMBER);
		g.fill(new Ellipse2D.Double(1, 1, 5, 5));
	}

	/** A curved arrow turning back (undo) or forward (redo). */
	private static void turn(Graphics2D g, boolean forward) {
		if (forward) {
			g.translate(16, 0);
			g.scale(-1, 1);
		}
		g.setColor(BLUE);
		g.setStroke(new BasicStroke(2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		Path2D curve = new Path2D.Double();
		curve.moveTo(4.5, 6.5);
		curve.curveTo(9, 3, 15, 6, 12, 12.5);
		g.draw(curve);
		Path2D head = new Path2D.Double();
		head.moveTo(1.5, 6.5);
		head.lineTo(6.5, 2.5);
		head.lineTo(6.5, 9.5);
		head.closePath();
		g.fill(head);
	}

	/** A script page with an arrow leaving it: the plan exported as .ps1. */
	private static void export(Graphics2D g) {
		outlined(g, new Rectangle2D.Double(1.5, 3.5, 9, 11), PAPER, INK);
		g.setColor(DARK_BLUE);
		g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		Path2D prompt = new Path2D.Double();
		prompt.moveTo(3.5, 7);
		prompt.lineTo(5.5, 9);
		prompt.lineTo(3.5, 11);
		g.draw(prompt);
		g.translate(12, 8);
		g.rotate(Math.PI / 4);
		arrowUp(g, 0, -5, GREEN);
	}

	/** A page with a ruler-straight reference mark: the saved baseline. */
	private static void baseline(Graphics2D g) {
		page(g);
		lines(g, 4.5, 4, 3, 7);
		outlined(g, new Rectangle2D.Double(4.5, 11, 7, 2), GREEN, GREEN.darker());
	}
}
