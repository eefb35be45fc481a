package marswb.bundle.tests.recognize;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Writes the containers customers send: zips (nested), tars and tar.gz files, from names and bytes. */
public final class LooseInputs {

	private LooseInputs() {
	}

	public static Path zip(Path target, Map<String, byte[]> entries, long modified) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				ZipEntry zipEntry = new ZipEntry(entry.getKey());
				zipEntry.setLastModifiedTime(FileTime.fromMillis(modified));
				zip.putNextEntry(zipEntry);
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return target;
	}

	/** A tar, gzipped when the name ends with .gz; entries are files unless {@link #special} says otherwise. */
	public static Path tar(Path target, Map<String, byte[]> entries, long modified, List<TarArchiveEntry> special)
			throws IOException {
		OutputStream file = Files.newOutputStream(target);
		OutputStream out = target.toString().endsWith(".gz") ? new GzipCompressorOutputStream(file) : file;
		try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				TarArchiveEntry tarEntry = new TarArchiveEntry(entry.getKey(), true);
				tarEntry.setSize(entry.getValue().length);
				tarEntry.setModTime(modified);
				tar.putArchiveEntry(tarEntry);
				tar.write(entry.getValue());
				tar.closeArchiveEntry();
			}
			for (TarArchiveEntry entry : special) {
				tar.putArchiveEntry(entry);
				tar.closeArchiveEntry();
			}
		}
		return target;
	}
}
