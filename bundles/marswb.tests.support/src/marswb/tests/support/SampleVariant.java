package marswb.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.model.server.Server;

/**
 * A copy of a sample bundle (samples/ in the repository) with chosen artifacts changed, so that a test's FAIL
 * bundle differs from its PASS bundle by exactly the value the check is about. Text is edited decoded and written
 * back in the artifact's own encoding (UTF-16LE with BOM, UTF-8 with or without BOM, GBK).
 *
 * @since 0.1
 */
public final class SampleVariant implements AutoCloseable {

	private final Path folder;

	private SampleVariant(Path folder) {
		this.folder = folder;
	}

	/** A private copy of samples/{@code name}. */
	public static SampleVariant of(String name) {
		try {
			Path source = repo().resolve("samples").resolve(name);
			Path copy = Files.createTempDirectory("marswb-sample-");
			try (Stream<Path> files = Files.walk(source)) {
				for (Path file : files.toList()) {
					Path target = copy.resolve(source.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(target);
					} else {
						Files.copy(file, target);
					}
				}
			}
			return new SampleVariant(copy);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The repository root, which the build passes to the tests as marswb.repo. */
	public static Path repo() {
		String root = System.getProperty("marswb.repo");
		if (root == null) {
			throw new IllegalStateException("system property marswb.repo (the repository root) is not set");
		}
		return Path.of(root);
	}

	/** Edits the decoded text of an artifact; the edit must change it. */
	public SampleVariant edit(String artifact, UnaryOperator<String> change) {
		Path file = folder.resolve(artifact);
		try {
			byte[] bytes = Files.readAllBytes(file);
			Encoding encoding = Encoding.of(bytes);
			String text = encoding.decode(bytes);
			String changed = change.apply(text);
			if (changed.equals(text)) {
				throw new IllegalArgumentException("the edit does not change " + artifact);
			}
			Files.write(file, encoding.encode(changed));
			return this;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Replaces one exact piece of text (it must occur). */
	public SampleVariant replace(String artifact, String from, String to) {
		return edit(artifact, text -> {
			if (!text.contains(from)) {
				throw new IllegalArgumentException(artifact + " does not contain " + from);
			}
			return text.replace(from, to);
		});
	}

	/** Removes an artifact, as if the collector had not brought it. */
	public SampleVariant remove(String artifact) {
		try {
			Files.delete(folder.resolve(artifact));
			return this;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes an artifact as given. */
	public SampleVariant write(String artifact, byte[] content) {
		try {
			Path file = folder.resolve(artifact);
			Files.createDirectories(file.getParent());
			Files.write(file, content);
			return this;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes text as Windows PowerShell redirection does: UTF-16LE with BOM, CRLF line ends. */
	public SampleVariant writeWindowsText(String artifact, String text) {
		byte[] body = text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
		byte[] all = new byte[body.length + 2];
		all[0] = (byte) 0xFF;
		all[1] = (byte) 0xFE;
		System.arraycopy(body, 0, all, 2, body.length);
		return write(artifact, all);
	}

	/** Copies an artifact from another sample, e.g. the broken form of one file. */
	public SampleVariant copyFrom(String sample, String artifact) {
		try {
			return write(artifact, Files.readAllBytes(repo().resolve("samples").resolve(sample).resolve(artifact)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Path folder() {
		return folder;
	}

	/** Reads the variant with the real bundle reader and parsers. */
	public Server read() {
		try {
			return BundleReader.read(folder);
		} catch (BundleOpenException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private record Encoding(Charset charset, byte[] bom) {
		static Encoding of(byte[] bytes) {
			if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
				return new Encoding(StandardCharsets.UTF_16LE, new byte[] { (byte) 0xFF, (byte) 0xFE });
			}
			if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
				return new Encoding(StandardCharsets.UTF_8, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			try {
				StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
				return new Encoding(StandardCharsets.UTF_8, new byte[0]);
			} catch (java.nio.charset.CharacterCodingException e) {
				return new Encoding(Charset.forName("GBK"), new byte[0]);
			}
		}

		String decode(byte[] bytes) {
			return new String(bytes, bom.length, bytes.length - bom.length, charset);
		}

		byte[] encode(String text) {
			byte[] body = text.getBytes(charset);
			byte[] all = new byte[bom.length + body.length];
			System.arraycopy(bom, 0, all, 0, bom.length);
			System.arraycopy(body, 0, all, bom.length, body.length);
			return all;
		}
	}
}
