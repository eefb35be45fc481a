package marswb.ui.internal.artifacts;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.Bullet;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.TextLines;

/**
 * An artifact of a bundle as raw text, read-only, scrolled to a line and highlighting it: the evidence behind a
 * finding or a configuration value. Decoded the way the reader decodes it, so line numbers match; a large artifact
 * shows only the lines around the target ({@link ArtifactText}). Not an editor: nothing is ever written back.
 */
public class ArtifactView extends ViewPart {

	public static final String ID = "marswb.ui.artifact";

	private static final Color HIGHLIGHT = new Color(255, 236, 150);

	private StyledText text;
	private int firstLine = 1;
	private int gutterWidth;

	/** Shows {@code artifact} of the bundle at {@code path}, at 1-based {@code line}, in the page's artifact view. */
	public static ArtifactView open(IWorkbenchPage page, Path bundle, String artifact, int line)
			throws PartInitException {
		ArtifactView view = (ArtifactView) page.showView(ID);
		view.show(bundle, artifact, line);
		return view;
	}

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		text.setLeftMargin(4);
		// line numbers as numbered bullets: the text itself stays the artifact's, so a selection copies just that
		text.addLineStyleListener(event -> {
			StyleRange style = new StyleRange();
			style.metrics = new GlyphMetrics(0, 0, gutterWidth);
			style.foreground = text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
			event.bullet = new Bullet(ST.BULLET_NUMBER, style);
			event.bulletIndex = text.getLineAtOffset(event.lineOffset) + firstLine - 1;
		});
		setContentDescription(Messages.Artifact_none);
	}

	private void show(Path bundle, String artifact, int line) {
		ArtifactText[] read = new ArtifactText[1];
		try {
			// streams through the artifact (a large log takes seconds) with a progress dialog that can cancel
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask(NLS.bind(Messages.Artifact_reading, artifact), IProgressMonitor.UNKNOWN);
				try (TextLines lines = BundleReader.openArtifact(bundle, artifact)) {
					read[0] = ArtifactText.read(lines, line, monitor);
				} catch (IOException | BundleOpenException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			text.setText("");
			setContentDescription(NLS.bind(Messages.Artifact_failed, artifact, e.getCause().getMessage()));
			return;
		} catch (InterruptedException e) {
			return;
		}
		display(artifact, line, read[0]);
	}

	private void display(String artifact, int line, ArtifactText read) {
		firstLine = read.firstLine();
		int lastLine = firstLine + Math.max(read.lines().size() - 1, 0);
		GC gc = new GC(text);
		try {
			int digits = String.valueOf(lastLine).length() + 1;
			gutterWidth = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth() * digits) + 6;
		} finally {
			gc.dispose();
		}
		text.setText(read.lines().stream().map(Line::text).collect(Collectors.joining("\n")));
		setPartName(artifact.substring(artifact.lastIndexOf('/') + 1));
		setTitleToolTip(artifact);
		setContentDescription(read.windowed()
				? NLS.bind(Messages.Artifact_window, new Object[] { artifact, line, firstLine, lastLine })
				: NLS.bind(Messages.Artifact_whole, new Object[] { artifact, line, read.encoding() }));
		int index = line - firstLine;
		if (index >= 0 && index < text.getLineCount()) {
			text.setLineBackground(index, 1, HIGHLIGHT);
			int start = text.getOffsetAtLine(index);
			int end = index + 1 < text.getLineCount() ? text.getOffsetAtLine(index + 1) - 1 : text.getCharCount();
			text.setSelection(start, end);
			text.setTopIndex(Math.max(0, index - 8));
		}
	}

	/** The text shown: the artifact's lines from {@link #firstLine()}. */
	public StyledText text() {
		return text;
	}

	public int firstLine() {
		return firstLine;
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}
}
