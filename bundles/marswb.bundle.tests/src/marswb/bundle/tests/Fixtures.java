package marswb.bundle.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Test fixtures: files under fixtures/ of this bundle, and Windows-encoded text made on the fly. */
public final class Fixtures {

	private Fixtures() {
	}

	/** A file or folder under fixtures/. */
	public static Path path(String relative) {
		// this test bundle is a fragment: getBundle gives its host, and only findEntries looks into fragments
		Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
		int slash = relative.lastIndexOf('/');
		Enumeration<URL> found = bundle.findEntries("fixtures/" + relative.substring(0, slash + 1),
				relative.substring(slash + 1), false);
		URL url = found == null || !found.hasMoreElements() ? null : found.nextElement();
		if (url == null) {
			throw new IllegalArgumentException("no fixture fixtures/" + relative);
		}
		try {
			return Path.of(FileLocator.toFileURL(url).getPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A file or folder of the repository (samples/, docs/); the build passes its root as marswb.repo. */
	public static Path repo(String relative) {
		String root = System.getProperty("marswb.repo");
		if (root == null) {
			throw new IllegalStateException("system property marswb.repo (the repository root) is not set");
		}
		return Path.of(root).resolve(relative);
	}

	public static byte[] bytes(String relative) {
		try {
			return Files.readAllBytes(path(relative));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Text as Windows PowerShell redirection and reg export write it: UTF-16LE with BOM, CRLF line ends. */
	public static byte[] utf16le(String text) {
		return withBom(new byte[] { (byte) 0xFF, (byte) 0xFE }, crlf(text), StandardCharsets.UTF_16LE);
	}

	/** UTF-8 with BOM and CRLF line ends. */
	public static byte[] utf8Bom(String text) {
		return withBom(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, crlf(text), StandardCharsets.UTF_8);
	}

	/** Text in a given charset with CRLF line ends and no BOM (ANSI code page, UTF-8 without BOM). */
	public static byte[] encoded(String text, Charset charset) {
		return crlf(text).getBytes(charset);
	}

	private static String crlf(String text) {
		return text.replace("\r\n", "\n").replace("\n", "\r\n");
	}

	private static byte[] withBom(byte[] bom, String text, Charset charset) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(bom);
		out.writeBytes(text.getBytes(charset));
		return out.toByteArray();
	}
}
