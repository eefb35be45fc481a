package marswb.ui.tests;

import static marswb.ui.tests.UiTesting.open;
import static marswb.ui.tests.UiTesting.rows;
import static marswb.ui.tests.UiTesting.spin;
import static marswb.ui.tests.UiTesting.waitFor;
import static marswb.ui.tests.UiTesting.whatIfsDone;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import marswb.bundle.BundleReader;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.TextLines;
import marswb.collector.CollectorScript;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.provenance.Provenance;
import marswb.model.server.Origin;
import marswb.model.server.ServerPackage;
import marswb.ui.internal.artifacts.ArtifactText;
import marswb.ui.internal.artifacts.ArtifactView;
import marswb.redact.RedactionMap;
import marswb.ui.internal.bundles.ExportCollectorHandler;
import marswb.ui.internal.bundles.ExportRedactedHandler;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.configuration.ConfigurationView;
import marswb.ui.internal.findings.FindingColumn;
import marswb.ui.internal.findings.FindingDetailsView;
import marswb.ui.internal.findings.FindingGrouping;
import marswb.ui.internal.findings.FindingsView;
import marswb.ui.internal.whatif.ExportPlanHandler;
import marswb.ui.internal.whatif.RemediationPlanView;
import marswb.ui.internal.workbench.WindowPlacement;

/**
 * Drives the running workbench (UI harness, UI thread) the way a user does, through the same service and commands
 * the menus use: open a sample bundle, read the findings table, apply a quick-fix, undo and redo it, read and export
 * the remediation plan, read a configuration object's properties, open evidence and values in the artifact view.
 */
class WorkbenchUiTest {

	/**
	 * The first start (the test harness starts with an empty workspace) opens the window maximized over the whole
	 * screen; from then on it opens as it was left, moved and cut to fit the screen.
	 */
	@Test
	void theWindowOpensMaximizedTheFirstTimeThenAsItWasLeft() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
		assertTrue(shell.getMaximized());
		assertEquals(screen, shell.getBounds());

		DialogSettings settings = new DialogSettings("test");
		assertEquals(screen, WindowPlacement.bounds(settings, screen), "nothing remembered yet: the whole screen");
		Shell other = new Shell(shell.getDisplay());
		try {
			WindowPlacement.apply(other, settings, screen);
			other.setMaximized(false);
			other.setBounds(screen.x + 40, screen.y + 30, 800, 600);
			// as the shell's move and resize events do
			WindowPlacement.remember(other, settings);
			assertEquals(new Rectangle(screen.x + 40, screen.y + 30, 800, 600),
					WindowPlacement.bounds(settings, screen), "the size and place the user gave it");
			Rectangle smaller = new Rectangle(0, 0, 700, 500);
			assertEquals(new Rectangle(0, 0, 700, 500), WindowPlacement.bounds(settings, smaller),
					"cut to a smaller screen");
		} finally {
			other.dispose();
		}
	}

	/** File > Export Collector Script... writes the script as ./marswb collector does, no bundle needed. */
	@Test
	void exportsTheCollectorScript(@TempDir Path temp) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		Path file = temp.resolve("Collect-MarsBundle.ps1");
		ICommandService commands = window.getService(ICommandService.class);
		window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
				commands.getCommand(ExportCollectorHandler.COMMAND),
				Map.of(ExportCollectorHandler.FILE_PARAMETER, file.toString())), null);
		assertArrayEquals(CollectorScript.bytes(), Files.readAllBytes(file));
	}

	/**
	 * File > Export Redacted Bundle... writes the copy in a job and the private map beside it; the copy opens with
	 * the host name the map gives and the findings of the original.
	 */
	@Test
	void exportsARedactedCopyOfTheCurrentBundle(@TempDir Path temp) throws Exception {
		OpenBundle original = open("samples/healthy");
		Path zip = temp.resolve("healthy-redacted.zip");
		Path map = temp.resolve("healthy-map.json");
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ICommandService commands = window.getService(ICommandService.class);
		Job job = (Job) window.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
				commands.getCommand(ExportRedactedHandler.COMMAND), Map.of(ExportRedactedHandler.FILE_PARAMETER,
						zip.toString(), ExportRedactedHandler.MAP_PARAMETER, map.toString())), null);
		waitFor(() -> job.getResult() != null);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		String host = original.server().getHostName().toLowerCase(Locale.ROOT);
		String pseudonym = RedactionMap.load(map).values(RedactionMap.Kind.HOST).get(host);
		assertNotEquals(host, pseudonym);
		OpenBundle redacted = open(zip.toString());
		assertEquals(pseudonym, redacted.server().getHostName().toLowerCase(Locale.ROOT));
		assertEquals(outcomes(original), outcomes(redacted));
	}

	private static List<String> outcomes(OpenBundle bundle) {
		return bundle.diagnosis().getFindings().stream().map(f -> f.getCheck() + " " + f.getOutcome()).sorted()
				.toList();
	}

	@Test
	void opensSampleShowsFindingsAppliesAndUndoesQuickFix() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		assertEquals("MARS Support Workbench", window.getShell().getText());

		OpenBundle bundle = open("samples/broken-scheduling");
		assertEquals("broken-scheduling", bundle.name());

		ConfigurationView configuration = (ConfigurationView) page.findView(ConfigurationView.ID);
		TreeItem server = configuration.viewer().getTree().getItem(0);
		assertTrue(Arrays.stream(server.getItems()).anyMatch(item -> item.getText().equals("Host name: SRV-FILE02")),
				"the configuration tree shows the server's attributes");

		FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
		findings.group(FindingGrouping.NONE);
		findings.setFilter(Outcome.FAIL, null, "");
		List<String[]> fails = rows(findings.viewer().getTree());
		assertEquals(5, fails.size(), "FAIL rows, as ./marswb analyze samples/broken-scheduling shows");
		fails.forEach(row -> assertEquals("Scheduling", row[FindingColumn.AREA.ordinal()], String.join(" | ", row)));

		Finding fixable = bundle.diagnosis().getFindings().stream()
				.filter(f -> f.getOutcome() == Outcome.FAIL && !f.getQuickFixes().isEmpty()).findFirst()
				.orElseThrow(() -> new AssertionFailedError("a FAIL with a quick-fix"));
		page.activate(findings);
		findings.viewer().setSelection(new StructuredSelection(fixable), true);
		FindingDetailsView details = (FindingDetailsView) page.findView(FindingDetailsView.ID);
		spin();
		assertTrue(details.text().contains(fixable.getQuickFixes().get(0)), details.text());

		IHandlerService handlers = window.getService(IHandlerService.class);
		handlers.executeCommand("marswb.ui.applyQuickFix", null);
		whatIfsDone();
		assertEquals(4, rows(findings.viewer().getTree()).size(), "the fixed FAIL cleared");
		assertTrue(bundle.canUndo());

		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		whatIfsDone();
		assertEquals(5, rows(findings.viewer().getTree()).size(), "undo brings the FAIL back");
	}

	@Test
	void planListsAppliedFixExportsItAndRedoes(@TempDir Path temp) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		OpenBundle bundle = open("samples/broken-scheduling");
		// a finding with one fix: Apply Quick-Fix asks which one when there are several
		Finding fixable = bundle.diagnosis().getFindings().stream()
				.filter(f -> f.getOutcome() == Outcome.FAIL && f.getQuickFixes().size() == 1).findFirst()
				.orElseThrow(() -> new AssertionFailedError("a FAIL with one quick-fix"));
		String fix = fixable.getQuickFixes().get(0);
		FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
		findings.setFilter(null, null, "");
		findings.viewer().setSelection(new StructuredSelection(fixable), true);
		IHandlerService handlers = window.getService(IHandlerService.class);
		handlers.executeCommand("marswb.ui.applyQuickFix", null);
		whatIfsDone();

		RemediationPlanView plan = (RemediationPlanView) page.showView(RemediationPlanView.ID);
		List<String[]> steps = rows(plan.viewer().getTable());
		assertEquals(1, steps.size());
		assertEquals("1", steps.get(0)[0]);
		assertEquals(fix, steps.get(0)[1]);
		String script = bundle.plan().steps().get(0).script().strip();
		assertTrue(plan.scriptText().contains(script), plan.scriptText());

		Path file = temp.resolve("plan.ps1");
		ICommandService commands = window.getService(ICommandService.class);
		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(ExportPlanHandler.COMMAND),
				Map.of(ExportPlanHandler.FILE_PARAMETER, file.toString())), null);
		byte[] bytes = Files.readAllBytes(file);
		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertFalse(text.replace("\r\n", "").contains("\n"), "CRLF line ends only");
		assertTrue(text.contains(fix) && text.contains(script.lines().findFirst().orElseThrow()), text);

		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		whatIfsDone();
		assertEquals(0, plan.viewer().getTable().getItemCount(), "undo takes the step out of the plan");
		assertTrue(bundle.canRedo());
		handlers.executeCommand("org.eclipse.ui.edit.redo", null);
		whatIfsDone();
		assertEquals(fix, rows(plan.viewer().getTable()).get(0)[1], "redo puts it back");
		assertFalse(bundle.canRedo());
		assertFalse(bundle.diagnosis().getFindings().stream().anyMatch(f -> f.getQuickFixes().contains(fix)),
				"the redone fix cleared its finding again");
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		whatIfsDone();
	}

	@Test
	void propertiesShowValueAndWhereItWasRead() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		OpenBundle bundle = open("samples/broken-scheduling");
		ConfigurationView configuration = (ConfigurationView) page.showView(ConfigurationView.ID);
		page.showView(IPageLayout.ID_PROP_SHEET);
		page.activate(configuration);
		configuration.viewer().setSelection(new StructuredSelection(bundle.session().workingCopy()), true);
		spin();

		Object selected = configuration.viewer().getStructuredSelection().getFirstElement();
		IPropertySource source = Adapters.adapt(selected, IPropertySource.class);
		IPropertyDescriptor hostName = Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d.getId().equals("hostName")).findFirst()
				.orElseThrow(() -> new AssertionFailedError("a hostName property"));
		assertEquals("SRV-FILE02", source.getPropertyValue("hostName"));
		Origin origin = Provenance.of(bundle.server(), ServerPackage.Literals.SERVER__HOST_NAME).orElseThrow();
		assertTrue(hostName.getDescription().contains(origin.getArtifact() + ":" + origin.getLine()),
				hostName.getDescription());
		assertEquals(origin.getArtifact(), hostName.getCategory(), "grouped by the artifact it was read from");
	}

	@Test
	void evidenceAndConfigurationOpenTheArtifactAtTheLine() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		OpenBundle bundle = open("samples/broken-scheduling");
		Finding finding = bundle.diagnosis().getFindings().stream()
				.filter(f -> f.getOutcome() == Outcome.FAIL && f.getEvidence().stream().anyMatch(e -> e.getLine() > 0))
				.findFirst().orElseThrow(() -> new AssertionFailedError("a FAIL with evidence lines"));
		Evidence evidence = finding.getEvidence().stream().filter(e -> e.getLine() > 0).findFirst().orElseThrow();
		FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
		findings.setFilter(null, null, "");
		findings.viewer().setSelection(new StructuredSelection(finding), true);
		spin();
		FindingDetailsView details = (FindingDetailsView) page.findView(FindingDetailsView.ID);
		details.openEvidence(evidence);
		ArtifactView artifact = (ArtifactView) page.findView(ArtifactView.ID);
		assertEquals(line(bundle, evidence.getArtifact(), evidence.getLine()), artifact.text().getSelectionText());
		assertEquals(evidence.getLine(),
				artifact.firstLine() + artifact.text().getLineAtOffset(artifact.text().getSelection().x));

		ConfigurationView configuration = (ConfigurationView) page.showView(ConfigurationView.ID);
		configuration.viewer().setSelection(new StructuredSelection(bundle.session().workingCopy()), true);
		page.activate(configuration);
		window.getService(IHandlerService.class).executeCommand("marswb.ui.showInArtifact", null);
		Origin origin = Provenance.ofObject(bundle.server()).orElseThrow();
		String selected = artifact.text().getSelectionText();
		assertEquals(line(bundle, origin.getArtifact(), origin.getLine()), selected);
		assertTrue(selected.contains(origin.getRaw()), selected + " / " + origin.getRaw());
	}

	@Test
	void largeArtifactKeepsOnlyTheLinesAroundTheTarget() throws Exception {
		ArtifactText large = ArtifactText.read(lines(200_000), 150_000, new NullProgressMonitor());
		assertTrue(large.windowed());
		assertEquals(150_000 - ArtifactText.WINDOW, large.firstLine());
		assertEquals(2 * ArtifactText.WINDOW + 1, large.lines().size());

		ArtifactText small = ArtifactText.read(lines(10), 3, new NullProgressMonitor());
		assertFalse(small.windowed());
		assertEquals(1, small.firstLine());
		assertEquals(10, small.lines().size());
	}

	/** Generated lines of 100 characters: 200,000 of them are 20 M characters, past what is kept whole. */
	private static TextLines lines(int count) {
		return new TextLines() {
			private int number;

			@Override
			public Line next() {
				return number == count ? null : new Line(++number, "x".repeat(100), false);
			}

			@Override
			public String encoding() {
				return "UTF-8";
			}

			@Override
			public long malformedInputs() {
				return 0;
			}

			@Override
			public void close() {
			}
		};
	}

	/** Line {@code number} of an artifact, as the bundle reader decodes it. */
	private static String line(OpenBundle bundle, String artifact, int number) throws Exception {
		try (TextLines lines = BundleReader.openArtifact(bundle.path(), artifact)) {
			for (Line line = lines.next(); line != null; line = lines.next()) {
				if (line.number() == number) {
					return line.text();
				}
			}
		}
		throw new AssertionFailedError("no line " + number + " in " + artifact);
	}
}
