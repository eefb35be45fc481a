package marswb.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import marswb.compare.Comparison;
import marswb.compare.Difference;
import marswb.compare.ModelComparer;
import marswb.compare.State;
import marswb.compare.Values;
import marswb.model.server.Server;

/**
 * A compared value as people read it ({@link Values#display}) and as the machine keeps it ({@link Values#text},
 * which JSON and baselines write). The samples' server is at UTC+08:00. Runs in the build's language, English.
 */
class DisplayedValuesTest {

	private static Difference first(Comparison comparison, String feature) {
		return comparison.differences().stream().filter(d -> feature.equals(d.feature()))
				.filter(d -> d.left() != null && d.right() != null).findFirst().orElseThrow(() -> new AssertionError(feature));
	}

	@Test
	void sizesTimesAndYesNoReadAsWordsWhileTheMachinesFormStaysRaw() {
		Server left = SampleComparisonTest.read("healthy");
		Server right = SampleComparisonTest.read("broken-cache-encryption");
		Comparison comparison = ModelComparer.compare(left, right);

		Difference free = first(comparison, "sizeRemaining");
		long bytes = (Long) free.right();
		assertTrue(Values.display(free, free.right(), right).matches("\\d+\\.\\d [GMK]B \\(\\d+\\.\\d [GMK]iB\\)"),
				Values.display(free, free.right(), right));
		assertEquals(String.format(java.util.Locale.ROOT, "%,d bytes", bytes), Values.byteCount(free, free.right()));
		assertEquals(String.valueOf(bytes), Values.text(free.right()));

		Difference kek = first(comparison, "kekPresent");
		assertEquals(State.DIFFERENT, kek.state());
		assertEquals("yes", Values.display(kek, kek.left(), left));
		assertEquals("no", Values.display(kek, kek.right(), right));
		assertEquals("true", Values.text(kek.left()));
		assertNull(Values.byteCount(kek, kek.left()), "not a size");

		Difference collected = first(comparison, "collectedAtUtc");
		assertTrue(Values.display(collected, collected.left(), left).matches(
				"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\(UTC\\+08:00\\) \u00b7 (\\d{4}-\\d\\d-\\d\\d )?\\d\\d:\\d\\d:\\d\\d UTC"),
				Values.display(collected, collected.left(), left));
		assertTrue(Values.text(collected.left()).endsWith("Z"), Values.text(collected.left()));
	}
}
