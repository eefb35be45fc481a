package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.REPO;
import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.spin;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.findings.FindingGrouping;
import marswb.ui.internal.findings.FindingsView;

/**
 * The README's screenshots, taken from the running workbench when the build runs with -Dmarswb.screenshots=true:
 * in English, and once more in Chinese from the run with -nl zh_CN (see this bundle's pom).
 */
@EnabledIfSystemProperty(named = "marswb.screenshots", matches = "true")
class ScreenshotsUiTest {

	private static final boolean CHINESE = Platform.getNL().startsWith("zh");

	/** The layout the README shows: a 1600×1000 window, which needs a larger virtual screen than the tests' own. */
	private static final Rectangle SIZE = new Rectangle(0, 0, 1600, 1000);

	@Test
	void findings() throws Exception {
		OpenBundle bundle = open("samples/broken-scheduling");
		FindingsView findings = showFindings(FindingGrouping.NONE);
		findings.viewer().setSelection(new StructuredSelection(bundle.diagnosis().getFindings().get(0)), true);
		screenshot("workbench-findings");
	}

	@Test
	void findingsGroupedByArea() throws Exception {
		OpenBundle bundle = open("samples/broken-cache-encryption");
		FindingsView findings = showFindings(FindingGrouping.AREA);
		findings.viewer().setSelection(new StructuredSelection(bundle.diagnosis().getFindings().get(0)), true);
		// the first group's row in sight, above its selected finding
		findings.viewer().getTree().setTopItem(findings.viewer().getTree().getItem(0));
		screenshot("workbench-findings-grouped");
		findings.group(FindingGrouping.NONE);
	}

	@Test
	void jobsCharts() throws Exception {
		open("samples/broken-cache-encryption");
		IWorkbenchPage page = window().getActivePage();
		IViewPart jobs = page.showView("marswb.area.jobs.ui.jobs");
		page.setPartState(page.getReference(jobs), IWorkbenchPage.STATE_MAXIMIZED);
		try {
			screenshot("workbench-jobs");
		} finally {
			page.setPartState(page.getReference(jobs), IWorkbenchPage.STATE_RESTORED);
		}
	}

	private static FindingsView showFindings(FindingGrouping grouping) throws Exception {
		FindingsView findings = (FindingsView) window().getActivePage().showView(FindingsView.ID);
		findings.group(grouping);
		findings.setFilter(null, null, "");
		return findings;
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	}

	/** The window as it stands on the (virtual) screen, saved as PNG in docs/screenshots ({@code name}-zh in Chinese). */
	private static void screenshot(String name) throws Exception {
		Shell shell = window().getShell();
		Display display = shell.getDisplay();
		// a window larger than the screen would be cut off; boxes instead of Chinese glyphs are no screenshot either
		assertTrue(display.getBounds().contains(SIZE.width - 1, SIZE.height - 1), "the screenshots need a screen of "
				+ SIZE.width + "x" + SIZE.height + " or more: xvfb-run -s \"-screen 0 1600x1200x24\"");
		assertFalse(CHINESE && !cjkFontInstalled(), "the Chinese screenshots need CJK fonts: fonts-noto-cjk");
		// the README's pictures at one size, whatever the screen; the window goes back as it was (maximized)
		Rectangle was = shell.getBounds();
		boolean maximized = shell.getMaximized();
		shell.setMaximized(false);
		shell.setSize(SIZE.width, SIZE.height);
		shell.setLocation(0, 0);
		shell.forceActive();
		spin();
		// the bounds count a title bar that no window manager draws on Xvfb: the window ends where its client area does
		Rectangle bounds = shell.getBounds();
		Rectangle client = display.map(shell, null, shell.getClientArea());
		bounds.height = client.y + client.height - bounds.y;
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path file = REPO.resolve("docs/screenshots").resolve(name + (CHINESE ? "-zh" : "") + ".png");
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
			shell.setBounds(was);
			shell.setMaximized(maximized);
		}
	}

	/** Whether fontconfig, which GTK draws its text with, knows a font for Chinese. */
	private static boolean cjkFontInstalled() throws Exception {
		Process fcList = new ProcessBuilder("fc-list", ":lang=zh-cn", "family").redirectErrorStream(true).start();
		String fonts = new String(fcList.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return fcList.waitFor() == 0 && !fonts.isBlank();
	}
}
