package com.example.marswb.vss.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.engine.Analyzer;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;

/** The fixture bundles (fixtures/NAME: a manifest and system/vss-writers.txt as vssadmin wrote it) and the check's run. */
final class Fixtures {

	static final String CHECK = "vss.writer-failed";

	private Fixtures() {
	}

	/** The fixture's folder; tests run with the fragment's folder as working directory. */
	static Path folder(String name) {
		return Path.of("fixtures", name).toAbsolutePath();
	}

	static Server read(Path folder) {
		try {
			return BundleReader.read(folder);
		} catch (BundleOpenException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A copy of the fixture, to change or take files away from. */
	static Path copy(String name, Path into) {
		try (Stream<Path> files = Files.walk(folder(name))) {
			for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
				Path target = into.resolve(folder(name).relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
			return into;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The findings of the example's check, as the product's engine runs it. */
	static List<Finding> run(Server server) {
		return Analyzer.platform().analyze(server, d -> d.id().equals(CHECK)).diagnosis().getFindings();
	}
}
