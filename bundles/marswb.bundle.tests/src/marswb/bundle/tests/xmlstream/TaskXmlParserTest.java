package marswb.bundle.tests.xmlstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import marswb.bundle.internal.artifacts.TaskXmlParser;
import marswb.bundle.tests.Fixtures;
import marswb.bundle.tests.ParserHarness;
import marswb.bundle.tests.ParserHarness.Result;
import marswb.model.provenance.Provenance;
import marswb.model.server.Origin;
import marswb.model.server.ScheduledTask;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.TaskTrigger;

/**
 * The MARS tasks' command lines in the fixtures are plausible, not real (see fixtures/xmlstream/README.md); the
 * structure is that of schtasks /query /xml ONE.
 */
class TaskXmlParserTest {

	private static final String TASKS = "tasks/Microsoft-OnlineBackup.xml";
	private static final String NS = "xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\"";

	private static Result parse(String path, byte[] content) {
		return ParserHarness.run(new TaskXmlParser(), path, content);
	}

	private static Origin origin(ScheduledTask task, org.eclipse.emf.ecore.EStructuralFeature feature) {
		return Provenance.of(task, feature).orElseThrow();
	}

	@Test
	void tasksWrapperFromUtf16WithBomGivesEveryTask() {
		byte[] content = Evidence.fixture("online-backup-tasks.xml");
		Result result = parse(TASKS, content);
		assertNull(result.failure());
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		List<ScheduledTask> tasks = result.server().getTasks();
		assertEquals(2, tasks.size());

		ScheduledTask backup = tasks.get(0);
		assertEquals("\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup", backup.getPath());
		assertEquals(7, origin(backup, Literals.SCHEDULED_TASK__PATH).getLine());
		assertEquals(Boolean.TRUE, backup.getEnabled());
		assertEquals(41, origin(backup, Literals.SCHEDULED_TASK__ENABLED).getLine());
		assertEquals("IgnoreNew", backup.getMultipleInstancesPolicy());
		assertEquals(30, origin(backup, Literals.SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY).getLine());
		assertEquals("S-1-5-18", backup.getPrincipalUserId());
		assertEquals(25, origin(backup, Literals.SCHEDULED_TASK__PRINCIPAL_USER_ID).getLine());
		assertNull(backup.getPrincipalGroupId());
		assertNull(backup.getLogonType());
		assertEquals("HighestAvailable", backup.getRunLevel());

		TaskTrigger weekly = backup.getTriggers().get(0);
		assertEquals("CalendarTrigger", weekly.getKind());
		assertEquals(Boolean.TRUE, weekly.getEnabled());
		assertEquals("2025-06-01T22:00:00", weekly.getStartBoundary());
		assertEquals(List.of("Monday", "Wednesday", "Friday"), weekly.getDaysOfWeek());
		Origin wednesday = Provenance.allOf(weekly, Literals.TASK_TRIGGER__DAYS_OF_WEEK).get(1);
		assertEquals(16, wednesday.getLine());
		assertEquals("<Wednesday />", wednesday.getRaw());

		assertEquals(1, backup.getActions().size());
		assertEquals("C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\powershell.exe",
				backup.getActions().get(0).getCommand());
		// &quot; is decoded in the value; the raw text then is the start tag, which stands on the line
		assertEquals("-NonInteractive -WindowStyle Hidden -command \"Import-Module MSOnlineBackup; Start-OBBackup"
				+ " -Name 'a5b3c7d2-41f0-4e8b-9d6a-0c2e8f1b7a94'\"", backup.getActions().get(0).getArguments());
		assertEquals("<Arguments>",
				Provenance.of(backup.getActions().get(0), Literals.TASK_ACTION__ARGUMENTS).orElseThrow().getRaw());

		Evidence.assertOriginsOnTheirLines(result.server(), TASKS, content);
	}

	@Test
	void taskWithoutUriIsNamedByTheCommentAndGetsTheSchemaDefaults() {
		Result result = parse(TASKS, Evidence.fixture("online-backup-tasks.xml"));
		ScheduledTask systemState = result.server().getTasks().get(1);
		assertEquals("\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup-SystemStateBackup", systemState.getPath());
		assertEquals(55, origin(systemState, Literals.SCHEDULED_TASK__PATH).getLine());
		// group principal
		assertNull(systemState.getPrincipalUserId());
		assertEquals("S-1-5-32-544", systemState.getPrincipalGroupId());
		// disabled trigger
		TaskTrigger trigger = systemState.getTriggers().get(0);
		assertEquals(Boolean.FALSE, trigger.getEnabled());
		assertEquals(60, Provenance.of(trigger, Literals.TASK_TRIGGER__ENABLED).orElseThrow().getLine());
		assertEquals(List.of("Sunday"), trigger.getDaysOfWeek());
		// Settings without Enabled and MultipleInstancesPolicy: Task Scheduler's defaults, at the Settings line
		assertEquals(Boolean.TRUE, systemState.getEnabled());
		assertEquals("IgnoreNew", systemState.getMultipleInstancesPolicy());
		Origin defaulted = origin(systemState, Literals.SCHEDULED_TASK__MULTIPLE_INSTANCES_POLICY);
		assertEquals(75, defaulted.getLine());
		assertEquals("<Settings>", defaulted.getRaw());
	}

	@Test
	void singleTaskRootOfWindowsServerBackup() {
		byte[] content = Evidence.fixture("windows-backup-task.xml");
		String path = "tasks/Microsoft-Windows-WindowsBackup.xml";
		Result result = parse(path, content);
		assertNull(result.failure());
		ScheduledTask task = result.server().getTasks().get(0);
		assertEquals("\\Microsoft\\Windows\\Backup\\Microsoft-Windows-WindowsBackup", task.getPath());
		assertEquals("Queue", task.getMultipleInstancesPolicy());
		assertEquals("ServiceAccount", task.getLogonType());
		assertEquals("C:\\Windows\\system32\\wbadmin.exe", task.getActions().get(0).getCommand());
		TaskTrigger daily = task.getTriggers().get(0);
		assertEquals("2025-05-20T21:30:00", daily.getStartBoundary());
		assertTrue(daily.getDaysOfWeek().isEmpty());
		// a trigger without Enabled is enabled; the origin is the trigger's start tag
		assertEquals(Boolean.TRUE, daily.getEnabled());
		assertEquals("<CalendarTrigger>", Provenance.of(daily, Literals.TASK_TRIGGER__ENABLED).orElseThrow().getRaw());
		Evidence.assertOriginsOnTheirLines(result.server(), path, content);
	}

	@Test
	void utf8TextWithItsUtf16DeclarationIsRead() {
		String text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<Task version=\"1.2\" " + NS + ">\n"
				+ "  <Settings>\n    <Enabled>false</Enabled>\n  </Settings>\n</Task>\n";
		Result result = parse("tasks/copied.xml", text.getBytes(StandardCharsets.UTF_8));
		assertNull(result.failure());
		ScheduledTask task = result.server().getTasks().get(0);
		assertEquals(Boolean.FALSE, task.getEnabled());
		// no URI and no comment: named after the file, an origin without a line
		assertEquals("copied", task.getPath());
		assertEquals(0, origin(task, Literals.SCHEDULED_TASK__PATH).getLine());
	}

	@Test
	void emptyTaskHasOnlyTheDefaults() {
		Result result = parse("tasks/empty.xml", Fixtures.utf16le("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
				+ "<Task " + NS + ">\n</Task>\n"));
		assertNull(result.failure());
		ScheduledTask task = result.server().getTasks().get(0);
		assertEquals(Boolean.TRUE, task.getEnabled());
		assertEquals(2, origin(task, Literals.SCHEDULED_TASK__ENABLED).getLine());
		assertNull(task.getPrincipalUserId());
		assertTrue(task.getTriggers().isEmpty());
		assertTrue(task.getActions().isEmpty());
	}

	@Test
	void damagedValuesAreProblemsAndTheRestIsRead() {
		Result result = parse("tasks/odd.xml", Fixtures.utf16le("<Task xmlns=\"urn:other\">\n  <Settings>\n"
				+ "    <Enabled>yes</Enabled>\n    <MultipleInstancesPolicy>Sometimes</MultipleInstancesPolicy>\n"
				+ "  </Settings>\n</Task>\n"));
		assertNull(result.failure());
		assertEquals(3, result.problems().size(), result.problems().toString());
		ScheduledTask task = result.server().getTasks().get(0);
		assertNull(task.getEnabled());
		assertEquals("Sometimes", task.getMultipleInstancesPolicy());
	}

	@Test
	void malformedXmlIsUnreadableWithItsLine() {
		Result result = parse(TASKS, Fixtures.utf16le("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<Tasks>\n"
				+ "  <Task " + NS + ">\n    <Settings>\n  </Task>\n</Tasks>\n"));
		assertNotNull(result.failure());
		assertTrue(result.failure().getMessage().startsWith("not well-formed XML"), result.failure().getMessage());
		assertEquals(5, result.failure().line());
		assertTrue(result.server().getTasks().isEmpty());
	}

	@Test
	void otherRootsAndEmptyWrappersAreUnreadable() {
		Result other = parse(TASKS, Fixtures.utf16le("<Job/>\n"));
		assertTrue(other.failure().getMessage().contains("<Job>"), other.failure().getMessage());
		Result empty = parse(TASKS, Fixtures.utf16le("<Tasks>\n</Tasks>\n"));
		assertTrue(empty.failure().getMessage().contains("no <Task>"), empty.failure().getMessage());
	}

	@Test
	void externalEntityIsNotRead() {
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Task [\n  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n"
				+ "<Task " + NS + ">\n  <RegistrationInfo><URI>&secret;</URI></RegistrationInfo>\n</Task>\n";
		Result result = parse(TASKS, Fixtures.utf16le(xxe));
		assertNotNull(result.failure());
		String message = result.failure().getMessage();
		assertTrue(message.contains("DOCTYPE declaration is refused"), message);
		assertFalse(message.contains("root:"), message);
		assertTrue(result.server().getTasks().isEmpty());
	}

	@Test
	void billionLaughsIsRefusedFast() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Task [\n  <!ENTITY lol0 \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			xml.append("  <!ENTITY lol").append(i).append(" \"");
			xml.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
		}
		xml.append("]>\n<Task ").append(NS).append("><RegistrationInfo><URI>&lol9;</URI></RegistrationInfo></Task>\n");
		long start = System.nanoTime();
		Result result = parse(TASKS, Fixtures.utf16le(xml.toString()));
		assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0);
		assertNotNull(result.failure());
		assertTrue(result.failure().getMessage().contains("DOCTYPE"), result.failure().getMessage());
	}
}
