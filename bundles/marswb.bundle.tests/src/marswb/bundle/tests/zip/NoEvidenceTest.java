package marswb.bundle.tests.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.bundle.NoEvidence;

/** Input that holds not one readable artifact of the format, and what it holds instead. */
class NoEvidenceTest {

	private static final String MANIFEST = "{\"format\":\"marsbundle/1\",\"host\":\"SRV\",\"collectedAtUtc\":"
			+ "\"2026-11-20T08:15:02Z\",\"collectedAtLocal\":\"2026-11-20T16:15:02+08:00\",\"items\":[]}";

	@TempDir
	Path temp;

	private Path zip(String name, Map<String, String> entries) throws IOException {
		Path zip = temp.resolve(name);
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return zip;
	}

	private static NoEvidence none(Path bundle) throws BundleOpenException {
		return NoEvidence.of(BundleReader.read(bundle)).orElseThrow();
	}

	@Test
	void anEmptyZipAndAnEmptyFolderHoldNothing() throws Exception {
		NoEvidence zip = none(zip("empty.zip", Map.of()));
		assertEquals(NoEvidence.Kind.EMPTY, zip.kind());
		assertTrue(zip.zip());
		Path folder = Files.createDirectory(temp.resolve("empty"));
		NoEvidence empty = none(folder);
		assertEquals(NoEvidence.Kind.EMPTY, empty.kind());
		assertFalse(empty.zip());
	}

	@Test
	void aBundleZippedInsideItsFolderIsReadNotRefused() throws Exception {
		assertTrue(NoEvidence.of(BundleReader.read(zip("sent-to-compressed-folder.zip", Map.of(
				"SRV-FILE01/manifest.json", MANIFEST, "SRV-FILE01/system/tzutil.txt", "China Standard Time\r\n"))))
				.isEmpty());
	}

	@Test
	void unrelatedFilesAreNamed() throws Exception {
		NoEvidence unrelated = none(zip("photos.zip", Map.of("holiday.jpg", "x", "notes.txt", "y")));
		assertEquals(NoEvidence.Kind.UNRELATED, unrelated.kind());
		assertEquals(2, unrelated.files());
		assertEquals(List.of("photos.zip!/holiday.jpg", "photos.zip!/notes.txt"), unrelated.names());
	}

	@Test
	void artifactsThatCannotBeReadAreNamedWithTheirStatus() throws Exception {
		NoEvidence unreadable = none(zip("broken.zip", Map.of("manifest.json", "{ not json")));
		assertEquals(NoEvidence.Kind.UNREADABLE, unreadable.kind());
		assertTrue(unreadable.names().get(0).startsWith("manifest.json (unreadable"), unreadable.names().toString());
	}

	@Test
	void oneReadableArtifactIsEvidence() throws Exception {
		assertTrue(NoEvidence.of(BundleReader.read(zip("manifest-only.zip", Map.of("manifest.json", MANIFEST))))
				.isEmpty());
	}
}
