package marswb.bundle.internal.artifacts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import marswb.bundle.BundleLimits;
import marswb.bundle.BundleOpenException;
import marswb.bundle.internal.zip.BundleEntry;
import marswb.bundle.internal.zip.BundleSource;
import marswb.bundle.internal.zip.RefusedEntry;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.model.server.Server;
import marswb.model.server.ServerFactory;

/**
 * The fuzz targets of the bundle reader, one per input format, each run by Jazzer ({@link #fuzzerTestOneInput}, the
 * target named by the system property {@code marswb.fuzz.target}) and by {@link CorpusTest} on the committed corpus.
 * A target fails (a finding) when an exception leaves a parser other than through {@link ArtifactFormatException},
 * or when the model holds a value outside its domain ({@link Invariants}); Jazzer bounds time and memory per input.
 */
public enum FuzzTarget {

	REG("marswb.bundle.agent-registry", "marswb.bundle.dotnet", "marswb.bundle.schannel", "marswb.bundle.netfx-tls",
			"marswb.bundle.environment", "marswb.bundle.inet-system"),
	CSV("marswb.bundle.systeminfo", "marswb.bundle.services", "marswb.bundle.volumes", "marswb.bundle.pnp-iscsi",
			"marswb.bundle.hotfixes", "marswb.bundle.certificates", "marswb.bundle.connectivity",
			"marswb.bundle.module-files", "marswb.bundle.scratch-folder", "marswb.bundle.scratch-listing",
			"marswb.bundle.cloudbackup-events"),
	JSON("marswb.bundle.defender", "marswb.bundle.machine-setting", "marswb.bundle.policy", "marswb.bundle.jobs"),
	XML("marswb.bundle.task", "marswb.bundle.vault-credentials"),
	/** Out-String tables. */
	TABLE("marswb.bundle.psversion", "marswb.bundle.executionpolicy"),
	/** vssadmin, netsh and tzutil output, and the one-value files. */
	CONSOLE("marswb.bundle.shadowstorage", "marswb.bundle.winhttp", "marswb.bundle.tzutil", "marswb.bundle.tmp-count",
			"marswb.bundle.agent-version"),
	ERRLOG("marswb.bundle.errlog"),
	FAILED_FILES("marswb.bundle.failed-files"),
	MANIFEST("marswb.bundle.manifest"),
	/** The input is a zip file, read as a bundle with every parser. */
	ZIP,
	/** The input is a list of files (see {@link FolderInputs}), written to a folder read as a bundle. */
	FOLDER;

	/** A parser target's input: a byte choosing the parser, a byte of options, then the artifact's bytes. */
	static final int HEADER = 2;
	/** The collection time a manifest would give, so that dates of logs and CSV files are read. */
	private static final Date COLLECTED = new Date(1795099341000L);

	private final List<String> parserIds;

	FuzzTarget(String... parserIds) {
		this.parserIds = List.of(parserIds);
	}

	/** Jazzer's entry point: the target is chosen once per process. */
	private static FuzzTarget selected;

	public static void fuzzerInitialize() throws IOException, BundleOpenException {
		selected = valueOf(System.getProperty("marswb.fuzz.target").toUpperCase(Locale.ROOT));
		// loading and instrumenting the parsers' classes is slow: done here, it does not count against the first
		// input's time limit
		selected.run(selected.warmUp());
		for (int parser = 0; parser < selected.parserIds.size(); parser++) {
			selected.run(new byte[] { (byte) parser, 1 });
		}
	}

	/** For the bundle targets, a bundle with an empty file for every parser. */
	private byte[] warmUp() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (this == ZIP) {
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				for (ParserDescriptor parser : PluginParsers.all()) {
					zip.putNextEntry(new ZipEntry(PluginParsers.pathFor(parser)));
					zip.closeEntry();
				}
			}
		} else if (this == FOLDER) {
			for (int name = 0; name < PluginParsers.all().size(); name++) {
				bytes.write(new byte[] { (byte) name, 0, 0, 0 });
			}
		}
		return bytes.toByteArray();
	}

	public static void fuzzerTestOneInput(byte[] data) throws Exception {
		selected.run(data);
	}

	/** Reads one input, and throws when an invariant does not hold. */
	void run(byte[] data) throws IOException, BundleOpenException {
		if (this == ZIP) {
			readZip(data);
		} else if (this == FOLDER) {
			readFolder(data);
		} else if (data.length >= HEADER) {
			readArtifact(data);
		}
	}

	private void readArtifact(byte[] data) throws IOException {
		ParserDescriptor descriptor = PluginParsers.byId(parserIds.get((data[0] & 0xFF) % parserIds.size()));
		String path = PluginParsers.pathFor(descriptor);
		Server server = ServerFactory.eINSTANCE.createServer();
		if ((data[1] & 1) != 0) {
			server.setCollectedAtUtc(COLLECTED);
			// UTC-12:00 to UTC+14:00, the offsets Windows time zones have
			server.setLocalUtcOffsetMinutes(((data[1] & 0xFF) >> 1) % 27 * 60 - 12 * 60);
		}
		byte[] content = Arrays.copyOfRange(data, HEADER, data.length);
		OneEntry source = new OneEntry(new BundleEntry(path, content.length, path), content);
		ModelParseContext context = new ModelParseContext(server, path);
		try {
			descriptor.parser().parse(new EntryInput(source, source.entry, BundleLimits.DEFAULT, ReadProgress.NONE),
					context);
		} catch (ArtifactFormatException e) {
			// the declared way to say the artifact cannot be read
		}
		Invariants.check(server);
	}

	private static void readZip(byte[] data) throws IOException {
		Path zip = Files.createTempFile("marswb-fuzz", ".zip");
		try {
			Files.write(zip, data);
			readBundle(zip);
		} finally {
			Files.deleteIfExists(zip);
		}
	}

	private static void readFolder(byte[] data) throws IOException {
		Path folder = Files.createTempDirectory("marswb-fuzz");
		try {
			FolderInputs.write(data, folder);
			readBundle(folder);
		} finally {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> {
					try {
						Files.delete(file);
					} catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
			}
		}
	}

	private static void readBundle(Path bundle) {
		BundleSource source;
		try {
			source = BundleSource.open(bundle, BundleLimits.DEFAULT);
		} catch (BundleOpenException e) {
			return; // the declared way to say the bundle cannot be read at all
		}
		try (source) {
			ModelBuilder builder = new ModelBuilder(source, BundleLimits.DEFAULT, PluginParsers.all());
			Server server = builder.build();
			Invariants.check(server);
			Invariants.checkArtifacts(server, builder.parserCrashes());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A bundle source of one entry held in memory. */
	private static final class OneEntry implements BundleSource {
		final BundleEntry entry;
		private final byte[] content;

		OneEntry(BundleEntry entry, byte[] content) {
			this.entry = entry;
			this.content = content;
		}

		@Override
		public String name() {
			return "fuzz";
		}

		@Override
		public List<BundleEntry> entries() {
			return List.of(entry);
		}

		@Override
		public List<RefusedEntry> refused() {
			return List.of();
		}

		@Override
		public InputStream open(BundleEntry which) {
			return new ByteArrayInputStream(content);
		}

		@Override
		public void close() {
			// nothing held
		}
	}
}
