package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;

import marswb.bundle.BundleLimits;
import marswb.bundle.internal.zip.BundleEntry;
import marswb.bundle.internal.zip.BundleSource;
import marswb.bundle.internal.zip.DamagedEntryException;
import marswb.bundle.internal.zip.InputNote;
import marswb.bundle.internal.zip.RefusedEntry;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.model.provenance.ArtifactPaths;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

/**
 * Builds one server model from a bundle source: the manifest first (it gives the collection time that other
 * parsers need), then every other entry through the parsers that match its path, each isolated from the others.
 */
public final class ModelBuilder {

	private final BundleSource source;
	private final BundleLimits limits;
	private final List<ParserDescriptor> parsers;
	private final Server server = ServerFactory.eINSTANCE.createServer();
	private final Map<String, Artifact> artifacts = new LinkedHashMap<>();
	/**
	 * Parsers that ended by an undeclared exception, as "path: parser id". Kept apart from the artifacts' messages,
	 * which quote the files' own text and so can hold any words, including those of a failure.
	 */
	private final List<String> parserCrashes = new ArrayList<>();

	private final ReadProgress progress;
	/** Started once the manifest is read: the collection time it gives is what the scans need. */
	private ScansAhead scansAhead;

	public ModelBuilder(BundleSource source, BundleLimits limits, ReadProgress progress) {
		this(source, limits, ParserRegistry.parsers(), progress);
	}

	ModelBuilder(BundleSource source, BundleLimits limits, List<ParserDescriptor> parsers) {
		this(source, limits, parsers, ReadProgress.NONE);
	}

	private ModelBuilder(BundleSource source, BundleLimits limits, List<ParserDescriptor> parsers,
			ReadProgress progress) {
		this.source = source;
		this.limits = limits;
		this.parsers = parsers;
		this.progress = progress;
	}

	/** The parsers that crashed during {@link #build()}; the fuzz targets fail on any. */
	List<String> parserCrashes() {
		return List.copyOf(parserCrashes);
	}

	public Server build() {
		server.setBundleName(source.name());
		List<BundleEntry> entries = new ArrayList<>(source.entries());
		entries.sort(Comparator.comparingInt(this::firstParserOrder).thenComparing(BundleEntry::path));
		try {
			for (int i = 0; i < entries.size(); i++) {
				BundleEntry entry = entries.get(i);
				progress.checkCanceled();
				if (scansAhead == null && scanningParsers(entry).findAny().isPresent()) {
					// the manifest is read by now: the scans have the collection time they need
					startScans(entries.subList(i, entries.size()));
				}
				progress.reading(entry);
				read(entry);
				progress.done(entry);
			}
		} finally {
			if (scansAhead != null) {
				scansAhead.close();
			}
		}
		progress.finished();
		for (RefusedEntry refused : source.refused()) {
			Artifact artifact = artifact(refused.name());
			artifact.setStatus(ArtifactStatus.UNREADABLE);
			artifact.setMessage("refused: " + refused.reason());
		}
		for (InputNote note : source.notes()) {
			Artifact artifact = artifact(note.path());
			artifact.setSource(note.source());
			artifact.setRecognition(note.recognition());
			if (note.message() != null) {
				artifact.setStatus(ArtifactStatus.OK);
				artifact.setMessage(note.message());
			}
		}
		reportMissing();
		server.getArtifacts().addAll(artifacts.values().stream().sorted(Comparator.comparing(Artifact::getPath)).toList());
		return server;
	}

	private int firstParserOrder(BundleEntry entry) {
		return parsers.stream().filter(p -> p.matches(entry.path())).mapToInt(ParserDescriptor::order).min()
				.orElse(Integer.MAX_VALUE);
	}

	private Stream<ParserDescriptor> scanningParsers(BundleEntry entry) {
		return parsers.stream().filter(p -> p.parser() instanceof ScanningParser<?> && p.matches(entry.path()));
	}

	private void startScans(List<BundleEntry> entries) {
		scansAhead = new ScansAhead();
		ScanningParser.CollectionTime time = ScanningParser.CollectionTime.of(new ModelParseContext(server, ""));
		// largest first: a big log started last would keep one core busy long after the others are done
		List<BundleEntry> largestFirst = new ArrayList<>(entries);
		largestFirst.sort(Comparator.comparingLong(BundleEntry::size).reversed());
		for (BundleEntry entry : largestFirst) {
			if (collectorFailed(artifact(entry.path()))) {
				continue;
			}
			scanningParsers(entry).forEach(descriptor -> scansAhead.start(entry, descriptor,
					(ScanningParser<?>) descriptor.parser(), new EntryInput(source, entry, limits, progress), time));
		}
	}

	private void read(BundleEntry entry) {
		Artifact artifact = artifact(entry.path());
		// the name the file has in the bundle, whatever case the manifest wrote it in
		artifact.setPath(entry.path());
		if (entry.size() >= 0) {
			artifact.setSizeBytes(entry.size());
		}
		artifact.setKnownFormat(isFormatPath(entry.path()));
		if (collectorFailed(artifact)) {
			artifact.setStatus(ArtifactStatus.FAILED);
			return;
		}
		List<ParserDescriptor> matching = parsers.stream().filter(p -> p.matches(entry.path())).toList();
		if (matching.isEmpty()) {
			artifact.setStatus(ArtifactStatus.OK);
			artifact.setMessage("kept, not read: no parser for this path");
			return;
		}
		ArtifactStatus status = ArtifactStatus.OK;
		List<String> messages = new ArrayList<>();
		for (ParserDescriptor descriptor : matching) {
			ScansAhead.Scan scan = scansAhead == null ? null : scansAhead.get(entry, descriptor);
			EntryInput input = scan != null ? scan.input() : new EntryInput(source, entry, limits, progress);
			ModelParseContext context = new ModelParseContext(server, entry.path());
			artifact.setParser(descriptor.id());
			try {
				if (scan != null) {
					apply((ScanningParser<?>) descriptor.parser(), ScansAhead.result(scan, progress), input, context);
				} else {
					descriptor.parser().parse(input, context);
				}
				if (input.malformedInputs() > 0) {
					context.problem(input.malformedInputs() + " bytes could not be decoded as " + input.encoding());
				}
				if (!context.problems().isEmpty()) {
					status = worse(status, ArtifactStatus.PARTIAL);
					messages.addAll(context.problems());
				}
			} catch (ArtifactFormatException | DamagedEntryException e) {
				status = ArtifactStatus.UNREADABLE;
				messages.add(e.getMessage());
			} catch (IOException e) {
				status = ArtifactStatus.UNREADABLE;
				messages.add("cannot be read: " + e.getMessage());
			} catch (OperationCanceledException e) {
				throw e;
			} catch (RuntimeException e) {
				status = ArtifactStatus.UNREADABLE;
				messages.add("parser " + descriptor.id() + " failed: " + e);
				parserCrashes.add(entry.path() + ": " + descriptor.id());
				ILog.of(ModelBuilder.class).error("Parser " + descriptor.id() + " failed on " + entry.path(), e);
			}
			if (input.encoding() != null) {
				artifact.setEncoding(input.encoding());
			}
		}
		artifact.setStatus(status);
		if (!messages.isEmpty()) {
			artifact.setMessage(String.join("; ", messages));
		}
	}

	@SuppressWarnings("unchecked")
	private static <S extends ScanningParser.Scanned> void apply(ScanningParser<S> parser, ScanningParser.Scanned scanned,
			EntryInput input, ModelParseContext context) {
		// the scan was made by the same parser, so its result has the parser's type
		parser.apply((S) scanned, input, context);
	}

	private static ArtifactStatus worse(ArtifactStatus a, ArtifactStatus b) {
		return a.getValue() >= b.getValue() ? a : b;
	}

	/** The manifest parser records collector statuses as artifacts before the other entries are read. */
	private boolean collectorFailed(Artifact artifact) {
		String status = artifact.getManifestStatus();
		return status != null && !status.equals("ok");
	}

	/**
	 * The one artifact of a path, letter case aside: the manifest may name an item in another case than the zip
	 * entry has, and both are the same file on the server.
	 */
	private Artifact artifact(String path) {
		String key = path.toUpperCase(Locale.ROOT);
		Artifact artifact = artifacts.get(key);
		if (artifact == null) {
			artifact = server.getArtifacts().stream().filter(a -> a.getPath().equalsIgnoreCase(path)).findFirst()
					.orElse(null);
			if (artifact != null) {
				server.getArtifacts().remove(artifact);
			} else {
				artifact = ServerFactory.eINSTANCE.createArtifact();
				artifact.setPath(path);
			}
			artifacts.put(key, artifact);
		}
		return artifact;
	}

	private void reportMissing() {
		// artifacts the manifest listed but that are not in the bundle are still in server.getArtifacts()
		for (Artifact listed : List.copyOf(server.getArtifacts())) {
			if (artifacts.containsKey(listed.getPath().toUpperCase(Locale.ROOT))) {
				// listed twice: the first listing already took the artifact's read status
				server.getArtifacts().remove(listed);
				continue;
			}
			Artifact artifact = artifact(listed.getPath());
			artifact.setKnownFormat(isFormatPath(artifact.getPath()));
			if (collectorFailed(artifact)) {
				artifact.setStatus(ArtifactStatus.FAILED);
			} else {
				artifact.setStatus(ArtifactStatus.MISSING);
				artifact.setMessage("listed in the manifest but not in the bundle");
			}
		}
		for (String glob : BundleFormat.V1_ARTIFACTS) {
			boolean present = artifacts.values().stream().anyMatch(a -> globMatches(glob, a.getPath()));
			if (!present) {
				Artifact artifact = artifact(glob);
				artifact.setKnownFormat(true);
				artifact.setStatus(ArtifactStatus.MISSING);
				artifact.setMessage(BundleFormat.OPTIONAL.contains(glob)
						? "not in the bundle (normal when the server has none)"
						: "not in the bundle");
			}
		}
	}

	static boolean isFormatPath(String path) {
		return BundleFormat.V1_ARTIFACTS.stream().anyMatch(glob -> globMatches(glob, path));
	}

	private static boolean globMatches(String glob, String path) {
		return ArtifactPaths.matches(glob, path);
	}
}
