package marswb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import marswb.engine.CheckDescriptor;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.DiagnosisFactory;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Severity;

class SuppressionsTest {

	/** Late on 7 December in UTC: already 8 December in Shanghai. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T23:30:00Z"), ZoneOffset.UTC);
	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@TempDir
	Path folder;

	private static Suppressions of(Suppressions.Entry... entries) {
		return new Suppressions(List.of(entries));
	}

	private static Suppressions.Entry entry(String check, String subject, LocalDate expires) {
		return new Suppressions.Entry(check, subject, "known " + check, "li.wei", expires);
	}

	private static Finding find(Diagnosis diagnosis, String check) {
		return diagnosis.getFindings().stream().filter(f -> f.getCheck().equals(check)).findFirst().orElseThrow();
	}

	@Test
	void aSuppressionUntilYesterdayIsOverAndOneUntilTomorrowHolds() {
		Diagnosis diagnosis = Fixtures.diagnosis();
		Suppressions suppressions = of(entry("connectivity.proxy", null, TODAY.minusDays(1)),
				entry("jobs.failing", null, TODAY.plusDays(1)));
		assertEquals(1, suppressions.apply(diagnosis, CLOCK));
		assertNull(find(diagnosis, "connectivity.proxy").getSuppression(), "expired yesterday: back today");
		assertEquals("2026-12-08", find(diagnosis, "jobs.failing").getSuppression().getExpires());
		assertTrue(diagnosis.getFindings().stream().anyMatch(Suppressions::failing));
	}

	@Test
	void aSuppressionHoldsThroughItsExpiryDayInUtcWhateverTheClocksZone() {
		Diagnosis diagnosis = Fixtures.diagnosis();
		Suppressions suppressions = of(entry("connectivity.proxy", null, TODAY));
		assertEquals(1, suppressions.apply(diagnosis, CLOCK.withZone(ZoneId.of("Asia/Shanghai"))));
		assertFalse(diagnosis.getFindings().stream().anyMatch(Suppressions::failing), "the one FAIL is suppressed");
		Clock tomorrow = Clock.fixed(Instant.parse("2026-12-08T00:00:00Z"), ZoneOffset.UTC);
		assertEquals(0, suppressions.apply(diagnosis, tomorrow));
		assertNull(find(diagnosis, "connectivity.proxy").getSuppression(), "applying again clears what expired");
	}

	@Test
	void errorIsNeverSuppressedAnyOtherOutcomeMayBe() {
		Diagnosis diagnosis = DiagnosisFactory.eINSTANCE.createDiagnosis();
		for (Outcome outcome : Outcome.VALUES) {
			Finding finding = DiagnosisFactory.eINSTANCE.createFinding();
			finding.setCheck("area.check");
			finding.setOutcome(outcome);
			finding.setSeverity(Severity.HIGH);
			diagnosis.getFindings().add(finding);
		}
		assertEquals(Outcome.VALUES.size() - 1, of(entry("area.check", null, TODAY)).apply(diagnosis, CLOCK));
		for (Finding finding : diagnosis.getFindings()) {
			assertEquals(finding.getOutcome() == Outcome.ERROR, finding.getSuppression() == null, finding.getOutcome().getLiteral());
		}
	}

	@Test
	void aSubjectLimitsTheEntryAndWinsOverOneForTheWholeCheck() {
		Diagnosis diagnosis = Fixtures.diagnosis();
		Finding job = find(diagnosis, "jobs.failing");
		String subject = job.getSubjectKey();
		assertEquals(0, of(entry("jobs.failing", "another job", TODAY)).apply(diagnosis, CLOCK));
		assertEquals(0, of(entry("connectivity.proxy", subject, TODAY)).apply(diagnosis, CLOCK),
				"a subject never matches a finding without one");
		assertEquals(1, of(entry("jobs.failing", subject.toUpperCase(), TODAY)).apply(diagnosis, CLOCK),
				"subjects compare without case");
		Suppressions both = of(entry("jobs.failing", null, TODAY.plusDays(9)), entry("jobs.failing", subject, TODAY));
		both.apply(diagnosis, CLOCK);
		assertEquals(subject, job.getSuppression().getSubject());
		assertEquals(TODAY.toString(), job.getSuppression().getExpires());
	}

	@Test
	void writtenFileReadsBackAndUnsuppressRemovesTheEntry() throws IOException {
		Diagnosis diagnosis = Fixtures.diagnosis();
		Finding job = find(diagnosis, "jobs.failing");
		Path file = Suppressions.beside(folder.resolve("customer.zip"));
		assertEquals(folder.resolve(Suppressions.FILE_NAME), file);
		assertTrue(Suppressions.readIfExists(file).entries().isEmpty());
		Suppressions written = of(entry("connectivity.proxy", null, TODAY))
				.with(Suppressions.Entry.of(job, "known", "li.wei", TODAY))
				.with(Suppressions.Entry.of(job, "known, longer", "li.wei", TODAY.plusDays(30)));
		written.write(file);
		Suppressions read = Suppressions.read(file);
		assertEquals(written.entries(), read.entries());
		assertEquals(2, read.entries().size(), "the second entry for the same finding replaces the first");
		assertEquals(List.of("connectivity.proxy"),
				read.without(job).entries().stream().map(Suppressions.Entry::check).toList());
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
		}
	}

	/** Notepad on the support engineer's Windows desk saves UTF-8 with a BOM and CRLF line ends. */
	@Test
	void aFileSavedByNotepadReads() throws IOException {
		byte[] text = ("\ufeff{\r\n\"format\": \"marswb-suppressions/1\",\r\n\"suppressions\": [{\"check\": \"a.b\","
				+ " \"subject\": \"\\\\Microsoft\\\\OnlineBackup\", \"reason\": \"\u5df2\u77e5\", \"author\": \"x\","
				+ " \"expires\": \"2026-12-31\"}]\r\n}\r\n").getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(folder.resolve("notepad.json"), text);
		assertEquals(List.of(new Suppressions.Entry("a.b", "\\Microsoft\\OnlineBackup", "\u5df2\u77e5", "x",
				LocalDate.of(2026, 12, 31))), Suppressions.read(file).entries());
	}

	@Test
	void aBrokenFileSaysWhichFileAndLine() throws IOException {
		assertProblem("{\n  \"format\": \"marswb-suppressions/1\",\n  \"suppressions\": [\n    {\"check\": \"a.b\",,}\n  ]\n}",
				"line 4", "JSON");
		assertProblem("{\"format\": \"marswb-suppressions/2\"}", "line 1", "marswb-suppressions/2");
		assertProblem("{\"suppressions\": []}", "line 1", "marswb-suppressions/1");
		assertProblem("{\n\"format\": \"marswb-suppressions/1\",\n\"suppressions\": [\n{\"check\": \"a.b\", \"reason\": \"r\",\n"
				+ "\"author\": \"x\", \"expires\": \"2026-02-30\"}]}", "line 4", "2026-02-30");
		assertProblem("{\"format\": \"marswb-suppressions/1\", \"suppressions\": [\n\n{\"check\": \"a.b\", \"reason\": \"r\","
				+ " \"author\": \"x\", \"expires\": \"2026-12-31\", \"subjcet\": \"T\"}]}", "line 3", "subjcet");
		assertProblem("{\"format\": \"marswb-suppressions/1\", \"suppressions\": [{\"check\": \"a.b\", \"author\": \"x\","
				+ " \"expires\": \"2026-12-31\"}]}", "line 1", "reason");
		assertProblem("{\"format\": \"marswb-suppressions/1\", \"suppressions\": [{\"check\": \"a.b\", \"reason\": \" \","
				+ " \"author\": \"x\", \"expires\": \"2026-12-31\"}]}", "line 1", "reason");
		assertProblem("[]", "line 1", "format");
		assertProblem("", "line", "JSON");
		assertProblem("{\"format\": \"marswb-suppressions/1\"} {}", "line 1", "JSON");
		Path absent = folder.resolve("absent.json");
		assertTrue(assertThrows(Suppressions.FormatException.class, () -> Suppressions.read(absent)).getMessage()
				.contains(absent.toString()));
	}

	private void assertProblem(String text, String line, String says) throws IOException {
		Path file = Files.writeString(folder.resolve("s.json"), text, StandardCharsets.UTF_8);
		String message = assertThrows(Suppressions.FormatException.class, () -> Suppressions.read(file)).getMessage();
		assertTrue(message.contains(file.toString()) && message.contains(line) && message.contains(says),
				text + " -> " + message);
	}

	/** Every output of marswb.report shows the suppression of a FAIL, its reason, author and expiry. */
	@Test
	void everyReportShowsTheSuppression() {
		Report report = Fixtures.report();
		Finding root = find(report.diagnosis(), "connectivity.proxy");
		Finding unknown = find(report.diagnosis(), "connectivity.probe");
		new Suppressions(List.of(new Suppressions.Entry(root.getCheck(), null, "proxy change booked <CHG-1>", "li.wei",
				TODAY), new Suppressions.Entry(unknown.getCheck(), null, "collector blocked", "li.wei", TODAY)))
				.apply(report.diagnosis(), CLOCK);
		String note = Suppressions.note(root.getSuppression());
		assertTrue(note.contains("li.wei") && note.contains("2026-12-07") && note.contains("<CHG-1>"), note);

		String html = HtmlReport.render(report);
		assertTrue(html.contains("proxy change booked &lt;CHG-1&gt;") && html.contains("2026-12-07"), "escaped note");
		assertFalse(html.contains("<CHG-1>"));
		assertTrue(html.contains("collector blocked"), "a suppressed UNKNOWN is listed in its area with its note");

		String markdown = MarkdownReport.render(report);
		assertTrue(markdown.contains("proxy change booked &lt;CHG-1&gt;"), markdown);
		assertTrue(markdown.contains("collector blocked"));

		JsonNode results = SarifReport.document(report, List.<CheckDescriptor>of()).at("/runs/0/results");
		JsonNode proxy = null;
		for (JsonNode result : results) {
			if (result.get("ruleId").asText().equals("connectivity.proxy")) {
				proxy = result;
			} else if (!result.get("ruleId").asText().equals("connectivity.probe")) {
				// not suppressed, said with an empty array since this run has suppressions
				assertTrue(result.get("suppressions").isArray() && result.get("suppressions").isEmpty(),
						result.toString());
			}
		}
		assertNotNull(proxy);
		JsonNode suppression = proxy.at("/suppressions/0");
		assertEquals("external", suppression.get("kind").asText());
		assertEquals("accepted", suppression.get("status").asText());
		assertEquals("proxy change booked <CHG-1>", suppression.get("justification").asText());
		assertEquals("li.wei", suppression.at("/properties/author").asText());
		assertEquals("2026-12-07", suppression.at("/properties/expires").asText());
	}
}
