package marswb.bundle.internal.recognize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;
import marswb.bundle.internal.artifacts.BundleFormat;
import marswb.bundle.internal.zip.BundleEntry;
import marswb.bundle.internal.zip.BundleSource;
import marswb.bundle.internal.zip.InputFile;
import marswb.bundle.internal.zip.InputFiles;
import marswb.bundle.internal.zip.InputNote;
import marswb.bundle.internal.zip.RefusedEntry;
import marswb.bundle.spi.Sample;
import marswb.model.provenance.ArtifactPaths;

/**
 * Input sent without a manifest (loose files, archives of them, a bundle wrapped in another folder or zip) seen as a
 * version 1 bundle: every file is recognized by content and stands at the path of the artifact it holds, and a
 * manifest is made from what the files say, its host and time marked as inferred. A bundle found wrapped inside is
 * read as it is, with its own manifest. When two files qualify for one artifact, the newer one is read.
 */
public final class LooseInputSource implements BundleSource {

	private static final String WRAPPED_MANIFEST_MARK = "marsbundle/";

	private final String name;
	private final InputFiles files;
	private final List<Recognizers.Entry> recognizers;
	/** Recognitions by input file name: a streamed file is recognized before it is extracted, and only once. */
	private final Map<String, List<Candidate>> recognized = new HashMap<>();
	private final Map<String, InputFile> byPath = new LinkedHashMap<>();
	private final List<BundleEntry> entries = new ArrayList<>();
	private final List<InputNote> notes = new ArrayList<>();
	private final List<RefusedEntry> refused = new ArrayList<>();
	private byte[] manifest;

	/** One reason to read a file as one artifact. */
	private record Candidate(String path, String reason, InputFile file) {
	}

	private LooseInputSource(String name, List<Recognizers.Entry> recognizers, List<Path> inputs, BundleLimits limits)
			throws IOException {
		this.name = name;
		this.recognizers = recognizers;
		this.files = InputFiles.open(inputs, limits, this::worthKeeping);
	}

	public static LooseInputSource open(List<Path> inputs, BundleLimits limits) throws BundleOpenException {
		return open(inputs, limits, Recognizers.all());
	}

	static LooseInputSource open(List<Path> inputs, BundleLimits limits, List<Recognizers.Entry> recognizers)
			throws BundleOpenException {
		String name = inputs.size() == 1 ? String.valueOf(inputs.get(0).toAbsolutePath().normalize().getFileName())
				: inputs.size() + " inputs";
		LooseInputSource source;
		try {
			source = new LooseInputSource(name, recognizers, inputs, limits);
		} catch (IOException e) {
			throw new BundleOpenException("Cannot read " + String.join(", ", inputs.stream().map(Path::toString)
					.toList()) + ": " + e.getMessage(), e);
		}
		try {
			source.arrange();
		} catch (RuntimeException e) {
			source.close();
			throw e;
		}
		return source;
	}

	/**
	 * Whether a file on disk, on its own, is recognized as an artifact of the bundle format: what tells a folder of
	 * loose evidence from a folder that merely holds bundles and a note beside them.
	 */
	public static boolean recognizes(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(Sample.HEAD_BYTES);
		}
		InputSample sample = new InputSample(new InputFile(file.toString(), Files.size(file), 0, head,
				null));
		return Recognizers.all().stream().anyMatch(entry -> entry.recognize(sample) != null);
	}

	/** Streamed files are extracted only when something will read them. */
	private boolean worthKeeping(InputFile file) {
		return !candidates(file).isEmpty() || isWrappedManifest(file) || looksLikeV1Path(file.name());
	}

	private List<Candidate> candidates(InputFile file) {
		List<Candidate> known = recognized.computeIfAbsent(file.name(), key -> {
			List<Candidate> result = new ArrayList<>();
			InputSample sample = new InputSample(file);
			for (Recognizers.Entry entry : recognizers) {
				String reason = entry.recognize(sample);
				if (reason != null) {
					result.add(new Candidate(pathFor(entry.pathGlob(), file.fileName()), reason, file));
				}
			}
			return result;
		});
		// the extracted file, not the one offered before extraction
		return known.stream().map(c -> new Candidate(c.path(), c.reason(), file)).toList();
	}

	private void arrange() {
		refused.addAll(files.refused());
		String wrappedRoot = wrappedRoot();
		Map<String, List<Candidate>> byArtifact = new LinkedHashMap<>();
		for (InputFile file : files.files()) {
			if (wrappedRoot != null && file.name().startsWith(wrappedRoot)) {
				String path = file.name().substring(wrappedRoot.length());
				if (file.opener() != null) {
					byArtifact.computeIfAbsent(path, p -> new ArrayList<>())
							.add(new Candidate(path, "in the bundle " + wrappedRoot, file));
				}
				continue;
			}
			List<Candidate> candidates = file.opener() == null ? List.of() : candidates(file);
			if (candidates.isEmpty()) {
				notes.add(new InputNote(file.name(), file.name(), null, notRecognized(file)));
			}
			for (Candidate candidate : candidates) {
				byArtifact.computeIfAbsent(candidate.path(), p -> new ArrayList<>()).add(candidate);
			}
		}
		for (Map.Entry<String, List<Candidate>> artifact : byArtifact.entrySet()) {
			List<Candidate> candidates = artifact.getValue();
			// newest first; the same time goes to the larger file, then to the name, so the choice is stable
			candidates.sort(Comparator.comparingLong((Candidate c) -> c.file().modified()).reversed()
					.thenComparing(Comparator.comparingLong((Candidate c) -> c.file().size()).reversed())
					.thenComparing(c -> c.file().name()));
			Candidate winner = candidates.get(0);
			byPath.put(artifact.getKey(), winner.file());
			entries.add(new BundleEntry(artifact.getKey(), winner.file().size(), winner.file().name()));
			notes.add(new InputNote(artifact.getKey(), winner.file().name(), winner.reason(), null));
			for (Candidate loser : candidates.subList(1, candidates.size())) {
				notes.add(new InputNote(loser.file().name(), loser.file().name(), loser.reason(),
						"recognized as " + artifact.getKey() + ", not read: " + winner.file().name() + " is newer"));
			}
		}
		// nothing recognized: no manifest either, so that the input reads as holding no evidence at all
		if (wrappedRoot == null && !entries.isEmpty()) {
			InferredManifest inferred = InferredManifest.of(byPath);
			manifest = inferred.json().getBytes(StandardCharsets.UTF_8);
			entries.add(new BundleEntry(BundleFormat.MANIFEST, manifest.length, BundleFormat.MANIFEST));
			notes.add(new InputNote(BundleFormat.MANIFEST, null, inferred.reason(), null));
		}
		entries.sort(Comparator.comparing(BundleEntry::path));
	}

	/** Not recognized, or an event log that says how to make it readable. */
	private static String notRecognized(InputFile file) {
		byte[] head = file.head();
		if (head.length >= 8 && new String(head, 0, 7, StandardCharsets.US_ASCII).equals("ElfFile")) {
			return "not read: a binary event log (.evtx); export it as CSV with Get-WinEvent -Path <file> | Select"
					+ " TimeCreated,Id,LevelDisplayName,Message | ConvertTo-Csv -NoTypeInformation";
		}
		return file.opener() == null && head.length == 0 ? "not recognized (empty)" : "not recognized";
	}

	/** The folder of the first (shallowest) bundle manifest found inside the input, or null. */
	private String wrappedRoot() {
		return files.files().stream().filter(LooseInputSource::isWrappedManifest)
				.map(f -> f.name().substring(0, f.name().length() - BundleFormat.MANIFEST.length()))
				.filter(root -> root.isEmpty() || root.endsWith("/"))
				.min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse(null);
	}

	private static boolean isWrappedManifest(InputFile file) {
		return file.fileName().equalsIgnoreCase(BundleFormat.MANIFEST)
				&& new String(file.head(), StandardCharsets.UTF_8).contains(WRAPPED_MANIFEST_MARK);
	}

	private static boolean looksLikeV1Path(String name) {
		String path = name.substring(name.lastIndexOf("!/") + 1);
		for (String glob : BundleFormat.V1_ARTIFACTS) {
			String[] parts = path.split("/");
			int depth = glob.split("/").length;
			if (parts.length >= depth && ArtifactPaths.matches(glob,
					String.join("/", List.of(parts).subList(parts.length - depth, parts.length)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The artifact path for a file: the glob itself, or with its '*' filled from the file's name, which keeps the
	 * name when it already fits ({@code CBEngineCurr.errlog}) and otherwise takes the name without its extension
	 * ({@code CBEngineCurr.txt} becomes {@code agent/logs/CBEngineCurr.errlog}).
	 */
	static String pathFor(String glob, String fileName) {
		int star = glob.indexOf('*');
		if (star < 0) {
			return glob;
		}
		int slash = glob.lastIndexOf('/');
		String folder = glob.substring(0, slash + 1);
		String namePattern = glob.substring(slash + 1);
		if (ArtifactPaths.matches(namePattern, fileName)) {
			return folder + fileName;
		}
		String prefix = glob.substring(slash + 1, star);
		String suffix = glob.substring(star + 1);
		int dot = fileName.lastIndexOf('.');
		String base = dot > 0 ? fileName.substring(0, dot) : fileName;
		if (base.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
			base = base.substring(prefix.length());
		}
		return folder + prefix + base.replace('/', '_') + suffix;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public List<BundleEntry> entries() {
		return entries;
	}

	@Override
	public List<RefusedEntry> refused() {
		return refused;
	}

	@Override
	public List<InputNote> notes() {
		return notes;
	}

	@Override
	public InputStream open(BundleEntry entry) throws IOException {
		if (manifest != null && entry.path().equals(BundleFormat.MANIFEST)) {
			return new ByteArrayInputStream(manifest);
		}
		InputFile file = byPath.get(entry.path());
		if (file == null) {
			throw new IOException("No entry " + entry.path());
		}
		return file.open();
	}

	@Override
	public void close() {
		files.close();
	}
}
