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
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.bundle.BundleFiles;
import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.bundle.ManagementCertRemoval;
import marswb.engine.Analyzer;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;
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
 * left out and named in the report, never copied as it is; so is loose input that the reader does not read.
 * Secrets are removed, and when one was, the original is analyzed to name the checks whose findings cite a line
 * that held one: theirs are the findings a redacted copy may not repeat.
 *
 * @since 0.1
 */
public final class BundleRedaction {

	public static final String REPORT = "redaction.json";
	public static final String REPORT_FORMAT = "marswb-redaction/1";

	private static final String VAULT_CREDENTIALS = "agent/vault-credentials/";
	/** Large streamed artifacts state no names that other artifacts do not state first: not read twice. */
	private static final List<String> NOT_LEARNED_FROM = List.of("agent/logs/", "agent/failed-files/");
	/** A ManagementCert element whose content was removed. */
	private static final Pattern REMOVED_CERTIFICATE = Pattern.compile("<(?:[\\w.-]+:)?ManagementCert\\s[^>]*:"
			+ ManagementCertRemoval.MARKER + "=\"" + ManagementCertRemoval.MARKER_VALUE + "\"");
	/** Entries have the same time in every run, so that redacting twice with one map gives the same bytes. */
	private static final FileTime ENTRY_TIME = FileTime.fromMillis(0);

	/** A file left out of the redacted bundle, by its redacted name, and why. */
	public record Dropped(String path, String reason) {
	}

	/**
	 * The lines of one file, by its redacted name, on which secrets were removed: how many, and the first
	 * {@value #LINES_LISTED} of them (from 1).
	 */
	public record SecretLines(String path, int count, List<Integer> lines) {
	}

	/** A check whose finding cites a line from which a secret was removed. */
	public record DependentCheck(String check, String path, int line) {
	}

	/**
	 * What a run did: replacements per kind, secrets removed per kind and where, the checks that read them, files
	 * left out, and how many files were written.
	 */
	public record Result(Map<Kind, Integer> replaced, Map<Secret, Integer> secrets, List<SecretLines> secretLines,
			List<DependentCheck> dependentChecks, List<Dropped> dropped, int written) {
	}

	/** At most this many line numbers per file go into the report; the count is always whole. */
	private static final int LINES_LISTED = 100;

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
		// by the original's artifact path, which evidence names without regard to case, as Windows does
		Map<String, BitSet> secretLines = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		Map<String, String> redactedNames = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		int written = 0;
		Result result;
		Path partial = Files.createTempFile(out.toAbsolutePath().getParent(), ".marswb-redact-", ".zip");
		Path scratch = Files.createTempFile(".marswb-redact-", ".entry");
		try (BundleFiles source = BundleFiles.open(bundle, limits);
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
			Identities identities = new Identities(map);
			for (String path : source.paths()) {
				if (NOT_LEARNED_FROM.stream().noneMatch(path::startsWith)) {
					try {
						identities.learn(path, TextArtifact.decode(read(source, path), new Charset[1], new int[1]));
					} catch (TextArtifact.Unredactable | IOException e) {
						// reported when the entry is rewritten
					}
				}
			}
			for (String path : source.paths()) {
				if (path.equals(REPORT)) {
					dropped.add(new Dropped(REPORT, Messages.Redaction_earlierReport));
					continue;
				}
				String name = redactor.redact(path, false);
				BitSet lines;
				// written aside first: a file that turns out not to be redactable halfway must not be half in the zip;
				// a credentials file stays in memory, as everywhere in the product
				boolean credentials = path.startsWith(VAULT_CREDENTIALS);
				ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
				try (OutputStream aside = credentials ? inMemory : Files.newOutputStream(scratch)) {
					if (credentials) {
						byte[] original = read(source, path);
						byte[] stripped;
						try {
							stripped = ManagementCertRemoval.strip(original);
						} catch (IOException e) {
							throw new TextArtifact.Unredactable(NLS.bind(Messages.Redaction_secret, e.getMessage()));
						}
						lines = TextArtifact.rewrite(path, new ByteArrayInputStream(stripped), aside, redactor);
						if (!Arrays.equals(original, stripped)) {
							for (int line : certificateLines(stripped)) {
								lines.set(line);
								redactor.removed(Secret.MANAGEMENT_CERT);
							}
						}
					} else {
						try (InputStream in = source.open(path)) {
							lines = TextArtifact.rewrite(path, in, aside, redactor);
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
				if (!lines.isEmpty()) {
					secretLines.put(path, lines);
					redactedNames.put(path, name);
				}
			}
			for (BundleFiles.LeftOut refused : source.refused()) {
				dropped.add(new Dropped(redactor.redact(refused.name(), false), "refused: " + refused.reason()));
			}
			for (BundleFiles.LeftOut notRead : source.notRead()) {
				// loose input the reader does not read: left out, by its file name alone (its folders, such as the
				// support collector's <host>/, are not the reader's and no name was learned from them)
				String file = notRead.name().substring(Math.max(notRead.name().lastIndexOf('/'),
						notRead.name().lastIndexOf('\\')) + 1);
				dropped.add(new Dropped(redactor.redact(file, false), NLS.bind(Messages.Redaction_notRead,
						redactor.redact(notRead.reason(), false))));
			}
			List<SecretLines> secrets = new ArrayList<>();
			secretLines.forEach((path, lines) -> secrets.add(new SecretLines(redactedNames.get(path),
					lines.cardinality(), lines.stream().limit(LINES_LISTED).boxed().toList())));
			List<DependentCheck> dependents = dependentChecks(bundle, limits, secretLines, redactedNames);
			result = new Result(Map.copyOf(redactor.counts()), Map.copyOf(redactor.secrets()), secrets, dependents,
					dropped, written);
			ZipEntry report = new ZipEntry(REPORT);
			report.setLastModifiedTime(ENTRY_TIME);
			zip.putNextEntry(report);
			zip.write(report(result, paths));
			zip.closeEntry();
		} catch (IOException | BundleOpenException | RuntimeException e) {
			Files.deleteIfExists(partial);
			throw e;
		} finally {
			Files.deleteIfExists(scratch);
		}
		Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return result;
	}

	/** The lines (from 1) of the ManagementCert elements marked as removed. */
	private static List<Integer> certificateLines(byte[] stripped) throws TextArtifact.Unredactable {
		String text = TextArtifact.decode(stripped, new Charset[1], new int[1]);
		List<Integer> lines = new ArrayList<>();
		Matcher marker = REMOVED_CERTIFICATE.matcher(text);
		while (marker.find()) {
			lines.add((int) text.substring(0, marker.start()).chars().filter(c -> c == '\n').count() + 1);
		}
		return lines;
	}

	/**
	 * The checks that cite, on the original, a line from which a secret was removed: the engine's checks as the
	 * platform contributes them; the original is read again only when a secret was removed.
	 */
	private static List<DependentCheck> dependentChecks(Path bundle, BundleLimits limits,
			Map<String, BitSet> secretLines, Map<String, String> redactedNames) throws BundleOpenException {
		if (secretLines.isEmpty()) {
			return List.of();
		}
		Set<DependentCheck> dependents = new TreeSet<>(Comparator.comparing(DependentCheck::check)
				.thenComparing(DependentCheck::path).thenComparingInt(DependentCheck::line));
		Server server = BundleReader.read(bundle, limits);
		for (Finding finding : Analyzer.platform().analyze(server).diagnosis().getFindings()) {
			for (Evidence evidence : finding.getEvidence()) {
				BitSet lines = evidence.getArtifact() == null ? null : secretLines.get(evidence.getArtifact());
				if (lines != null && evidence.getLine() > 0 && lines.get(evidence.getLine())) {
					dependents.add(new DependentCheck(finding.getCheck(), redactedNames.get(evidence.getArtifact()),
							evidence.getLine()));
				}
			}
		}
		return List.copyOf(dependents);
	}

	private static byte[] read(BundleFiles source, String path) throws IOException {
		try (InputStream in = source.open(path)) {
			return in.readAllBytes();
		}
	}

	private static byte[] report(Result result, boolean paths) throws IOException {
		ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		ObjectNode root = json.createObjectNode();
		root.put("format", REPORT_FORMAT);
		root.put("paths", paths);
		ObjectNode replaced = root.putObject("replaced");
		for (Kind kind : Kind.values()) {
			if (result.replaced().containsKey(kind)) {
				replaced.put(kind.json, result.replaced().get(kind));
			}
		}
		ObjectNode removed = root.putObject("secretsRemoved");
		for (Secret kind : Secret.values()) {
			if (result.secrets().containsKey(kind)) {
				removed.put(kind.json, result.secrets().get(kind));
			}
		}
		ArrayNode where = root.putArray("secretLines");
		for (SecretLines lines : result.secretLines()) {
			ObjectNode file = where.addObject().put("path", lines.path()).put("count", lines.count());
			ArrayNode numbers = file.putArray("lines");
			for (int line : lines.lines()) {
				numbers.add(line);
			}
		}
		ArrayNode dependents = root.putArray("checksReadingSecrets");
		result.dependentChecks().forEach(d -> dependents.addObject().put("check", d.check()).put("path", d.path())
				.put("line", d.line()));
		ArrayNode left = root.putArray("dropped");
		result.dropped().forEach(d -> left.addObject().put("path", d.path()).put("reason", d.reason()));
		return json.writeValueAsBytes(root);
	}
}
