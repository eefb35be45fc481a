package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code help <command>}, {@code <command> --help} and {@code kb <error code|anchor|words>}. */
class HelpAndKbTest {

	@Test
	void helpForOneCommandIsItsPartOfTheUsage() {
		CliRun help = CliRun.of("help", "analyze");
		assertEquals(0, help.exitCode(), help.err());
		assertTrue(help.out().startsWith("usage: marswb analyze <bundle.zip|folder> [--format "), help.out());
		assertTrue(help.out().contains("--fix applies quick-fixes as what-ifs"), help.out());
		assertTrue(!help.out().contains("compare <left>"), "only the analyze part: " + help.out());
		CliRun option = CliRun.of("analyze", "--help");
		assertEquals(0, option.exitCode(), option.err());
		assertEquals(help.out(), option.out());
		CliRun compare = CliRun.of("compare", "a", "b", "-h");
		assertEquals(0, compare.exitCode(), compare.err());
		assertEquals(CliRun.of("help", "compare").out(), compare.out());
		assertTrue(compare.out().startsWith("usage: marswb compare <left> <right|baseline>"), compare.out());
	}

	@Test
	void helpOfAnUnknownCommandIsAUsageError() {
		CliRun run = CliRun.of("help", "nosuch");
		assertEquals(2, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().contains("Unknown command: nosuch"), run.err());
		// a bare "help" is the whole text, as before
		assertTrue(CliRun.of("help").out().contains("  triage <folders|bundles...>"));
	}

	@Test
	void kbFindsSectionsByErrorCodeInAnyForm() {
		CliRun renamed = CliRun.of("kb", "230006");
		assertEquals(0, renamed.exitCode(), renamed.err());
		assertTrue(renamed.out().contains("registration.server-renamed  230006  "), renamed.out());
		assertTrue(renamed.out().contains("https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#"),
				renamed.out());
		CliRun activation = CliRun.of("kb", "0x1FC07");
		assertTrue(activation.out().contains("#the-activation-did-not-complete-successfully"), activation.out());
		// the same code as PowerShell's decimal
		assertEquals(activation.out(), CliRun.of("kb", "130055").out());
		assertEquals(activation.out(), CliRun.of("kb", "0x1fc07").out());
	}

	@Test
	void kbFindsSectionsByAnchorAndWords() throws IOException {
		CliRun anchor = CliRun.of("kb", "#backups-dont-run-according-to-schedule");
		assertEquals("backups-dont-run-according-to-schedule", anchors(CliRun.of("kb",
				"backups-dont-run-according-to-schedule", "--format", "json")).get(0));
		assertEquals(1, anchor.out().lines().filter(l -> !l.startsWith(" ")).count(), anchor.out());
		assertTrue(anchor.out().lines().findFirst().orElseThrow().endsWith("  #backups-dont-run-according-to-schedule"),
				anchor.out());
		List<String> words = anchors(CliRun.of("kb", "vault", "credentials", "--format", "json"));
		assertTrue(words.contains("invalid-vault-credentials-provided"), words.toString());
		assertTrue(!words.contains("backups-dont-run-according-to-schedule"), words.toString());
		CliRun nothing = CliRun.of("kb", "no such words here");
		assertEquals(0, nothing.exitCode());
		assertTrue(nothing.out().startsWith("Nothing in the article matches \"no such words here\""), nothing.out());
	}

	private static List<String> anchors(CliRun run) throws IOException {
		assertEquals(0, run.exitCode(), run.err());
		List<String> anchors = new ArrayList<>();
		for (JsonNode section : new ObjectMapper().readTree(run.out()).get("sections")) {
			anchors.add(section.get("anchor").asText());
		}
		return anchors;
	}
}
