package marswb.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import marswb.bundle.ManagementCertRemoval;
import marswb.bundle.internal.recognize.LooseInputSource;
import marswb.bundle.internal.zip.BundleEntry;
import marswb.bundle.internal.zip.BundleSource;
import marswb.bundle.internal.zip.InputNote;
import marswb.bundle.internal.zip.RefusedEntry;

/**
 * Turns what a customer sent (files, folders, archives, in any shape) into a clean version 1 bundle zip: each
 * recognized artifact at its v1 path and a manifest whose collector is {@code marswb import}, with the fields it
 * inferred listed as such. The zip is written beside the target and moved into place, so a failed import leaves no
 * half-written bundle. A vault credentials file goes in without its ManagementCert, as the collector writes it: the
 * bundle is made to be passed on, and the certificate's private key must not go with it.
 *
 * @since 0.1
 */
public final class BundleImport {

	private static final String VAULT_CREDENTIALS = "agent/vault-credentials/";

	/** What happened to one input file: the artifact it became, or why not (then {@code artifact} is null). */
	public record Line(String source, String artifact, String reason) {
	}

	private BundleImport() {
	}

	/**
	 * @return one line per input file and per refused entry, artifacts first; when none is an artifact, nothing was
	 *         written
	 */
	public static List<Line> write(List<Path> inputs, Path out, BundleLimits limits)
			throws BundleOpenException, IOException {
		List<Line> lines = new ArrayList<>();
		Path partial = Files.createTempFile(out.toAbsolutePath().getParent(), ".marswb-import-", ".zip");
		try (BundleSource source = LooseInputSource.open(inputs, limits);
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
			for (BundleEntry entry : source.entries()) {
				if (entry.path().startsWith(VAULT_CREDENTIALS)) {
					byte[] withoutSecret;
					try (InputStream in = source.open(entry)) {
						withoutSecret = ManagementCertRemoval.strip(in.readAllBytes());
					} catch (IOException e) {
						lines.add(new Line(entry.path(), null, e.getMessage()));
						continue;
					}
					zip.putNextEntry(new ZipEntry(entry.path()));
					zip.write(withoutSecret);
				} else {
					zip.putNextEntry(new ZipEntry(entry.path()));
					try (InputStream in = source.open(entry)) {
						in.transferTo(zip);
					}
				}
				zip.closeEntry();
			}
			for (InputNote note : source.notes()) {
				lines.add(note.message() == null ? new Line(note.source(), note.path(), note.recognition())
						: new Line(note.source(), null, note.message()));
			}
			for (RefusedEntry refused : source.refused()) {
				lines.add(new Line(refused.name(), null, "refused: " + refused.reason()));
			}
		} catch (IOException | BundleOpenException | RuntimeException e) {
			Files.deleteIfExists(partial);
			throw e;
		}
		if (lines.stream().anyMatch(line -> line.artifact() != null && line.source() != null)) {
			Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} else {
			Files.delete(partial); // nothing recognized: no bundle
		}
		lines.sort((a, b) -> a.artifact() == null ? (b.artifact() == null ? 0 : 1) : b.artifact() == null ? -1
				: a.artifact().compareTo(b.artifact()));
		return lines;
	}
}
