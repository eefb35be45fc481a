package marswb.redact;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;
import marswb.bundle.internal.artifacts.ManagementCertRemoval;
import marswb.bundle.internal.zip.BundleEntry;
import marswb.bundle.internal.zip.BundleSource;
import marswb.bundle.internal.zip.RefusedEntry;
import marswb.redact.RedactionMap.Kind;
import marswb.redact.internal.Identities;
import marswb.redact.internal.Messages;
import marswb.redact.internal.Redactor;
import marswb.redact.internal.TextArtifact;

/**
 * Writes a copy of a bundle in which the customer's identities are pseudonyms: first every artifact that states a
 * name teaches the map its pseudonym, then every artifact is rewritten in its own format and encoding, its entry
 * name included. The bundle is read through the reader's sources (a zip, a folder, or loose input recognized by
 * content, under the same limits). The redacted zip carries {@value #REPORT}, which counts what was replaced and
 * names what was left out, without one real value; the map goes only to the file the caller names. A file that
 * cannot be redacted (binary, not cleanly decodable, a credentials file whose certificate cannot be removed) is
 * left out and named in the report, never copied as it is.
 *
 * @since 0.1
 */
public final class BundleRedaction {

	public static final String REPORT = "redaction.json";
	public static final String REPORT_FORMAT = "marswb-redaction/1";

	private static final String VAULT_CREDENTIALS = "agent/vault-credentials/";
	/** Large streamed artifacts state no names that other artifacts do not state first: not read twice. */
	private static final List<String> NOT_LEARNED_FROM = List.of("agent/logs/", "agent/failed-files/");
	/** Entries have the same time in every run, so that redacting twice with one map gives the same bytes. */
	private static final FileTime ENTRY_TIME = FileTime.fromMillis(0);

	/** A file left out of the redacted bundle, by its redacted name, and why. */
	public record Dropped(String path, String reason) {
	}

	/** What a run did: replacements per kind, files left out, credentials files whose certificate was removed. */
	public record Result(Map<Kind, Integer> replaced, List<Dropped> dropped, List<String> secretsRemoved,
			int written) {
	}

	private BundleRedaction() {
	}

	/**
	 * @param map   the map to use and extend; the caller saves it (only after the bundle was written)
	 * @param paths also replace folder and file names in paths, except well-known folders
	 */
	public static Result write(Path bundle, Path out, RedactionMap map, boolean paths, BundleLimits limits)
			throws BundleOpenException, IOException {
		Redactor redactor = new Redactor(map, paths);
		List<Dropped> dropped = new ArrayList<>();
		List<String> secretsRemoved = new ArrayList<>();
		int written = 0;
		Path partial = Files.createTempFile(out.toAbsolutePath().getParent(), ".marswb-redact-", ".zip");
		Path scratch = Files.createTempFile(".marswb-redact-", ".entry");
		try (BundleSource source = BundleSource.open(bundle, limits);
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
			Identities identities = new Identities(map);
			for (BundleEntry entry : source.entries()) {
				if (NOT_LEARNED_FROM.stream().noneMatch(entry.path()::startsWith)) {
					try {
						identities.learn(entry.path(), TextArtifact.decode(read(source, entry), new Charset[1], new int[1]));
					} catch (TextArtifact.Unredactable | IOException e) {
						// reported when the entry is rewritten
					}
				}
			}
			for (BundleEntry entry : source.entries()) {
				if (entry.path().equals(REPORT)) {
					continue; // a bundle redacted before: its report is written anew
				}
				String name = redactor.redact(entry.path(), false);
				// written aside first: a file that turns out not to be redactable halfway must not be half in the zip;
				// a credentials file stays in memory, as everywhere in the product
				boolean credentials = entry.path().startsWith(VAULT_CREDENTIALS);
				ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
				try (OutputStream aside = credentials ? inMemory : Files.newOutputStream(scratch)) {
					if (credentials) {
						byte[] stripped;
						try {
							stripped = ManagementCertRemoval.strip(read(source, entry));
						} catch (IOException e) {
							throw new TextArtifact.Unredactable(NLS.bind(Messages.Redaction_secret, e.getMessage()));
						}
						TextArtifact.rewrite(entry.path(), new ByteArrayInputStream(stripped), aside, redactor);
						secretsRemoved.add(name);
					} else {
						try (InputStream in = source.open(entry)) {
							TextArtifact.rewrite(entry.path(), in, aside, redactor);
						}
					}
				} catch (TextArtifact.Unredactable | IOException e) {
					dropped.add(new Dropped(name, e.getMessage()));
					continue;
				}
				ZipEntry zipEntry = new ZipEntry(name);
				zipEntry.setLastModifiedTime(ENTRY_TIME);
				zip.putNextEntry(zipEntry);
				if (credentials) {
					inMemory.writeTo(zip);
				} else {
					Files.copy(scratch, zip);
				}
				zip.closeEntry();
				written++;
			}
			for (RefusedEntry refused : source.refused()) {
				dropped.add(new Dropped(redactor.redact(refused.name(), false), "refused: " + refused.reason()));
			}
			ZipEntry report = new ZipEntry(REPORT);
			report.setLastModifiedTime(ENTRY_TIME);
			zip.putNextEntry(report);
			zip.write(report(redactor.counts(), dropped, secretsRemoved, paths));
			zip.closeEntry();
		} catch (IOException | BundleOpenException | RuntimeException e) {
			Files.deleteIfExists(partial);
			throw e;
		} finally {
			Files.deleteIfExists(scratch);
		}
		Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return new Result(Map.copyOf(redactor.counts()), dropped, secretsRemoved, written);
	}

	private static byte[] read(BundleSource source, BundleEntry entry) throws IOException {
		try (InputStream in = source.open(entry)) {
			return in.readAllBytes();
		}
	}

	private static byte[] report(Map<Kind, Integer> counts, List<Dropped> dropped, List<String> secretsRemoved,
			boolean paths) throws IOException {
		ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		ObjectNode root = json.createObjectNode();
		root.put("format", REPORT_FORMAT);
		root.put("paths", paths);
		ObjectNode replaced = root.putObject("replaced");
		Map<String, Integer> ordered = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			if (counts.containsKey(kind)) {
				ordered.put(kind.json, counts.get(kind));
			}
		}
		ordered.forEach(replaced::put);
		ArrayNode secrets = root.putArray("secretsRemoved");
		secretsRemoved.forEach(path -> secrets.addObject().put("path", path).put("element", "ManagementCert"));
		ArrayNode left = root.putArray("dropped");
		dropped.forEach(d -> left.addObject().put("path", d.path()).put("reason", d.reason()));
		return json.writeValueAsBytes(root);
	}
}
