package marswb.bundle.tests.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.TextLines;
import marswb.bundle.tests.Fixtures;

/** Opening one artifact for display gives the same decoded lines, and line numbers, as the reader's provenance. */
class OpenArtifactTest {

	@TempDir
	Path temp;

	private static Line lineAt(TextLines lines, int number) throws IOException {
		Line line;
		while ((line = lines.next()) != null) {
			if (line.number() == number) {
				return line;
			}
		}
		throw new AssertionError("no line " + number);
	}

	@Test
	void readsAnArtifactOfAFolderBundleIgnoringCase() throws IOException, BundleOpenException {
		Path healthy = Fixtures.repo("samples/healthy");
		try (TextLines lines = BundleReader.openArtifact(healthy, "SYSTEM/executionpolicy.txt")) {
			assertEquals("UTF-16LE", lines.encoding());
			assertEquals(" LocalMachine    RemoteSigned", lineAt(lines, 8).text());
		}
	}

	@Test
	void readsAnArtifactInsideAZip() throws IOException, BundleOpenException {
		byte[] tzutil = Files.readAllBytes(Fixtures.repo("samples/healthy/system/tzutil.txt"));
		Path zip = new HostileZips().entry("manifest.json", "{}").bytes("system/tzutil.txt", tzutil)
				.write(temp.resolve("bundle.zip"));
		try (TextLines lines = BundleReader.openArtifact(zip, "system/tzutil.txt")) {
			assertEquals("China Standard Time", lines.next().text());
		}
		assertThrows(NoSuchFileException.class, () -> BundleReader.openArtifact(zip, "system/psversion.txt"));
	}
}
