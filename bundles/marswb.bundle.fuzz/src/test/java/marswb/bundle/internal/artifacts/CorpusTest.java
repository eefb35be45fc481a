package marswb.bundle.internal.artifacts;

import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the committed fuzz corpus: the seeds made from the samples and every input fuzzing found, so that what was
 * fixed stays fixed. Each input must keep every invariant of {@link FuzzTarget}, in bounded time.
 */
class CorpusTest {

	private static final Path CORPUS = Path.of("src/test/resources/corpus");

	static Stream<Arguments> inputs() throws IOException {
		Stream.Builder<Arguments> all = Stream.builder();
		for (FuzzTarget target : FuzzTarget.values()) {
			Path folder = CORPUS.resolve(target.name());
			if (Files.isDirectory(folder)) {
				try (Stream<Path> files = Files.list(folder)) {
					files.sorted().forEach(file -> all.add(Arguments.of(target, file.getFileName().toString())));
				}
			}
		}
		return all.build();
	}

	@Test
	void everyTargetHasACorpus() throws IOException {
		for (FuzzTarget target : FuzzTarget.values()) {
			try (Stream<Path> files = Files.list(CORPUS.resolve(target.name()))) {
				assertTrue(files.findAny().isPresent(), target + " has no corpus");
			}
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("inputs")
	void keepsTheInvariants(FuzzTarget target, String file) throws IOException {
		byte[] input = Files.readAllBytes(CORPUS.resolve(target.name()).resolve(file));
		assertTimeout(Duration.ofSeconds(10), () -> target.run(input));
	}
}
