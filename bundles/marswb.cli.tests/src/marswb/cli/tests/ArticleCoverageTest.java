package marswb.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import marswb.engine.Analyzer;
import marswb.engine.CheckDescriptor;
import marswb.engine.KbSections;

/** Every section of the seed article has a check, except the three that docs/contracts.md lists as guidance only. */
class ArticleCoverageTest {

	@Test
	void everySectionThatIsNotGuidanceOnlyHasACheck() {
		List<CheckDescriptor> checks = Analyzer.platform().descriptors();
		assertEquals(Set.of("troubleshoot-the-microsoft-azure-recovery-services-mars-agent", "common-issues", "next-steps"),
				KbSections.guidanceOnly().keySet());
		List<String> uncovered = new ArrayList<>();
		for (String anchor : KbSections.ANCHORS) {
			boolean covered = checks.stream().anyMatch(c -> anchor.equals(c.kb()) || c.relatedKb().contains(anchor));
			if (!covered && !KbSections.guidanceOnly().containsKey(anchor)) {
				uncovered.add(anchor);
			}
		}
		assertTrue(uncovered.isEmpty(), "sections without a check: " + uncovered);
	}

	/**
	 * A PASS row never reads as the problem: every check declares a title that is true whatever the outcome,
	 * different from its problem title unless that is already neutral.
	 */
	@Test
	void everyCheckHasANeutralTitleForItsPasses() {
		Set<String> alreadyNeutral = Set.of("basics.reregistration-guidance", "jobs.failed-files-by-code");
		List<String> same = Analyzer.platform().descriptors().stream()
				.filter(c -> c.neutralTitle().equals(c.title()) && !alreadyNeutral.contains(c.id()))
				.map(c -> c.id() + ": " + c.title()).toList();
		assertEquals(List.of(), same);
	}

	@Test
	void everyCheckCitesASectionOfTheArticle() {
		List<String> wrong = Analyzer.platform().descriptors().stream()
				.filter(c -> !KbSections.ANCHORS.contains(c.kb()) && !c.area().equals("thirdparty"))
				.map(c -> c.id() + " -> " + c.kb()).toList();
		assertTrue(wrong.isEmpty(), "kb is not an anchor of the seed: " + wrong);
	}

	/** The anchor list follows the seed article itself, where the steering repository is beside this one. */
	@Test
	void theAnchorListIsTheSeedArticles() throws IOException {
		Path seed = RepoFiles.resolve("../shared/knowledge/seed/000_6e435d6d6e333d3c.txt");
		assumeTrue(Files.isRegularFile(seed), "the seed article is not beside the repository");
		Matcher anchor = Pattern.compile("<a name=\"([^\"]+)\"").matcher(Files.readString(seed, StandardCharsets.UTF_8));
		List<String> anchors = new ArrayList<>();
		while (anchor.find()) {
			anchors.add(anchor.group(1));
		}
		assertEquals(anchors, KbSections.ANCHORS);
	}
}
