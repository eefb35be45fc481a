package marswb.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule of the public API (issue 16): no bundle uses another bundle's {@code internal} packages; a test fragment
 * uses its own host's, whose class space it shares. So an internal package is exported {@code x-internal:=true}, no
 * {@code x-friends} are needed, and a test bundle is a fragment of the bundle it tests. Checked on the sources of every bundle of the repository (bundles/ and the
 * example plugin in examples/): the Java of each, and the classes its plugin.xml or fragment.xml names. The OSGi
 * wiring alone could not tell: our bundles mostly use Require-Bundle, which wires a whole bundle, internals
 * included.
 */
class InternalPackagesTest {

	/** A package name with an {@code internal} segment, followed by a class name or an import's star. */
	private static final Pattern INTERNAL_REFERENCE = Pattern.compile(
			"\\b((?:[a-z][a-z0-9_]*\\.)+internal(?:\\.[a-z][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");
	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
	private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
	private static final Pattern LINE_COMMENT = Pattern.compile("^\\s*//.*$", Pattern.MULTILINE);

	@Test
	void noBundleUsesAnotherBundlesInternals() {
		Path repo = SampleVariant.repo();
		List<String> violations = usesOfOthersInternals(List.of(repo.resolve("bundles"), repo.resolve("examples")));
		assertEquals(List.of(), violations);
	}

	@Test
	void internalPackagesAreExportedAsInternalWithoutFriendsAndTestBundlesAreFragments() {
		Path repo = SampleVariant.repo();
		List<String> violations = manifestViolations(List.of(repo.resolve("bundles"), repo.resolve("examples")));
		assertEquals(List.of(), violations);
	}

	/** The check finds each kind of use it is meant to, and lets a test fragment use its host's internals. */
	@Test
	void aUseOfAnotherBundlesInternalsIsFound(@TempDir Path temp) throws IOException {
		write(temp, "a/META-INF/MANIFEST.MF", manifest("a", null, "a,\n a.internal;x-internal:=true"));
		write(temp, "a/src/a/internal/Secret.java", "package a.internal;\npublic class Secret {}\n");
		write(temp, "a/src/a/Api.java", "package a;\nimport a.internal.Secret;\npublic class Api {}\n");
		write(temp, "a.tests/META-INF/MANIFEST.MF", manifest("a.tests", "a", null));
		write(temp, "a.tests/src/a/tests/SecretTest.java", "package a.tests;\nimport a.internal.Secret;\nclass SecretTest {}\n");
		write(temp, "b/META-INF/MANIFEST.MF", manifest("b", null, null));
		write(temp, "b/src/b/Uses.java", "package b;\n// a comment may name a.internal.Secret\n"
				+ "class Uses {\n a.internal.Secret secret;\n}\n");
		write(temp, "b/src/b/Star.java", "package b;\nimport a.internal.*;\nclass Star {}\n");
		write(temp, "b/plugin.xml", "<plugin><extension point=\"x\"><c class=\"a.internal.Secret\"/></extension></plugin>");
		write(temp, "b/target/classes/b/Built.java", "package b;\nimport a.internal.Secret;\nclass Built {}\n");

		assertEquals(List.of("b uses a.internal (plugin.xml), internal to a",
				"b uses a.internal (src/b/Star.java), internal to a",
				"b uses a.internal (src/b/Uses.java), internal to a"), usesOfOthersInternals(List.of(temp)));
	}

	@Test
	void anInternalPackageExportedToFriendsOrToAllOrATestBundleOfItsOwnIsFound(@TempDir Path temp) throws IOException {
		write(temp, "a/META-INF/MANIFEST.MF", manifest("a", null,
				"a,\n a.internal;x-internal:=true,\n a.internal.zip;x-friends:=\"b,c\",\n a.internal.text"));
		write(temp, "a.tests/META-INF/MANIFEST.MF", manifest("a.tests", "a;bundle-version=\"0.1.0\"", null));
		write(temp, "b/META-INF/MANIFEST.MF", manifest("b", null, "b.internal;x-internal:=true;version=\"1.0\""));
		write(temp, "b.tests/META-INF/MANIFEST.MF", manifest("b.tests", null, null));

		assertEquals(List.of("a exports a.internal.text without x-internal:=true",
				"a exports a.internal.zip to friends (x-friends)",
				"a exports a.internal.zip without x-internal:=true",
				"b.tests is a test bundle but not a fragment of the bundle it tests"), manifestViolations(List.of(temp)));
	}

	/** Each use of a bundle's internal package from another bundle than the one whose class space holds it. */
	static List<String> usesOfOthersInternals(List<Path> roots) {
		List<BundleSources> bundles = bundles(roots);
		Map<String, Set<String>> homesByPackage = new HashMap<>();
		for (BundleSources bundle : bundles) {
			bundle.packages().forEach(p -> homesByPackage.computeIfAbsent(p, k -> new TreeSet<>()).add(bundle.home()));
		}
		Set<String> violations = new TreeSet<>();
		for (BundleSources bundle : bundles) {
			for (Use use : bundle.internalUses()) {
				Set<String> homes = homesByPackage.get(use.internalPackage());
				if (homes != null && !homes.equals(Set.of(bundle.home()))) {
					violations.add(bundle.name() + " uses " + use.internalPackage() + " (" + use.file() + "), internal to "
							+ String.join(", ", homes));
				}
			}
		}
		return List.copyOf(violations);
	}

	/**
	 * Each internal package exported without x-internal:=true, or to friends; each test bundle that is not a fragment
	 * (it would see its bundle's internals only if they were exported to it).
	 */
	static List<String> manifestViolations(List<Path> roots) {
		Set<String> violations = new TreeSet<>();
		for (BundleSources bundle : bundles(roots)) {
			if (bundle.name().endsWith(".tests") && bundle.home().equals(bundle.name())) {
				violations.add(bundle.name() + " is a test bundle but not a fragment of the bundle it tests");
			}
			for (String clause : bundle.exports()) {
				String name = clause.split(";", 2)[0].strip();
				if (!Set.of(name.split("\\.")).contains("internal")) {
					continue;
				}
				if (!clause.replace(" ", "").contains(";x-internal:=true")) {
					violations.add(bundle.name() + " exports " + name + " without x-internal:=true");
				}
				if (clause.contains("x-friends")) {
					violations.add(bundle.name() + " exports " + name + " to friends (x-friends)");
				}
			}
		}
		return List.copyOf(violations);
	}

	/**
	 * A bundle's sources as far as the rule goes: its name, the bundle whose class space it joins (its host when it is
	 * a fragment), the packages of its Java, the internal packages its Java and extension files name, and the clauses
	 * of its Export-Package.
	 */
	private record BundleSources(String name, String home, Set<String> packages, Set<Use> internalUses,
			List<String> exports) {
	}

	/** A file (relative to its bundle) that names a class of an internal package. */
	private record Use(String internalPackage, String file) {
	}

	private static List<BundleSources> bundles(List<Path> roots) {
		List<BundleSources> bundles = new ArrayList<>();
		for (Path root : roots) {
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> manifests = Files.find(root, 4, (path, attributes) -> path.endsWith("META-INF/MANIFEST.MF")
					&& !path.toString().contains("/target/"))) {
				for (Path manifest : manifests.sorted().toList()) {
					bundles.add(sources(manifest.getParent().getParent()));
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		assertTrue(!bundles.isEmpty(), "no bundles under " + roots);
		return bundles;
	}

	private static BundleSources sources(Path folder) throws IOException {
		Map<String, String> headers = headers(Files.readString(folder.resolve("META-INF/MANIFEST.MF")));
		String name = headers.get("Bundle-SymbolicName").split(";", 2)[0].strip();
		String host = headers.get("Fragment-Host");
		Set<String> packages = new TreeSet<>();
		Set<Use> uses = new LinkedHashSet<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted().toList()) {
				String relative = folder.relativize(file).toString().replace('\\', '/');
				String fileName = file.getFileName().toString();
				if (relative.startsWith("target/") || relative.startsWith("bin/") || !Files.isRegularFile(file)) {
					continue;
				}
				String text;
				if (fileName.endsWith(".java")) {
					text = Files.readString(file, StandardCharsets.UTF_8);
					Matcher declared = PACKAGE.matcher(text);
					if (declared.find()) {
						packages.add(declared.group(1));
					}
					text = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(text).replaceAll("")).replaceAll("");
				} else if (fileName.equals("plugin.xml") || fileName.equals("fragment.xml")) {
					text = Files.readString(file, StandardCharsets.UTF_8);
				} else {
					continue;
				}
				Matcher reference = INTERNAL_REFERENCE.matcher(text);
				while (reference.find()) {
					uses.add(new Use(reference.group(1), relative));
				}
			}
		}
		String exports = headers.get("Export-Package");
		return new BundleSources(name, host == null ? name : host.split(";", 2)[0].strip(), packages, uses,
				exports == null ? List.of() : List.of(exports.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")));
	}

	/** The main section's headers, continuation lines joined. */
	private static Map<String, String> headers(String manifest) {
		Map<String, String> headers = new HashMap<>();
		String last = null;
		for (String line : manifest.split("\r?\n")) {
			if (line.startsWith(" ") && last != null) {
				headers.merge(last, line.substring(1), String::concat);
			} else if (line.contains(":")) {
				last = line.substring(0, line.indexOf(':'));
				headers.put(last, line.substring(line.indexOf(':') + 1).strip());
			}
		}
		return headers;
	}

	private static String manifest(String name, String host, String exports) {
		return "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: " + name + "\n"
				+ (host == null ? "" : "Fragment-Host: " + host + "\n")
				+ (exports == null ? "" : "Export-Package: " + exports + "\n");
	}

	private static void write(Path root, String path, String text) throws IOException {
		Path file = root.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}
}
