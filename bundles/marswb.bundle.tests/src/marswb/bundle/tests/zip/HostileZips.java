package marswb.bundle.tests.zip;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zips the way attackers and odd tools do: bad names, link entries, bombs, lying sizes. */
final class HostileZips {

	private static final int CENTRAL_FILE_HEADER = 0x02014b50;

	private final Map<String, byte[]> entries = new LinkedHashMap<>();
	private final Map<String, Long> zeroEntries = new LinkedHashMap<>();

	HostileZips entry(String name, String content) {
		entries.put(name, content.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	HostileZips bytes(String name, byte[] content) {
		entries.put(name, content);
		return this;
	}

	/** An entry of {@code size} zero bytes, streamed (it compresses about 1000:1). */
	HostileZips zeros(String name, long size) {
		zeroEntries.put(name, size);
		return this;
	}

	/** Every file of a folder, e.g. a sample bundle, under its path relative to the folder. */
	HostileZips folder(Path folder) throws IOException {
		try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				entries.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		return this;
	}

	Path write(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
			byte[] block = new byte[1 << 16];
			for (Map.Entry<String, Long> entry : zeroEntries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				for (long left = entry.getValue(); left > 0; left -= block.length) {
					zip.write(block, 0, (int) Math.min(block.length, left));
				}
				zip.closeEntry();
			}
		}
		return file;
	}

	/** Marks an entry of a written zip as a Unix symbolic link in its central directory record. */
	static void markAsSymlink(Path zip, String name) throws IOException {
		patchCentralRecord(zip, name, (buffer, at) -> {
			buffer.putShort(at + 4, (short) 0x031E); // made by Unix, spec 3.0
			buffer.putInt(at + 38, 0120777 << 16);
		});
	}

	/** Rewrites the uncompressed size an entry declares in the central directory. */
	static void declareSize(Path zip, String name, int size) throws IOException {
		patchCentralRecord(zip, name, (buffer, at) -> buffer.putInt(at + 24, size));
	}

	/** Changes the CRC-32 an entry declares, as a flipped bit on a disk or in a transfer would change its data. */
	static void damageCrc(Path zip, String name) throws IOException {
		patchCentralRecord(zip, name, (buffer, at) -> buffer.putInt(at + 16, ~buffer.getInt(at + 16)));
	}

	private interface Patch {
		void apply(ByteBuffer buffer, int recordStart);
	}

	private static void patchCentralRecord(Path zip, String name, Patch patch) throws IOException {
		byte[] bytes = Files.readAllBytes(zip);
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 < bytes.length; i++) {
			if (buffer.getInt(i) != CENTRAL_FILE_HEADER) {
				continue;
			}
			int nameLength = Short.toUnsignedInt(buffer.getShort(i + 28));
			if (nameLength == wanted.length && java.util.Arrays.equals(bytes, i + 46, i + 46 + nameLength, wanted, 0,
					nameLength)) {
				patch.apply(buffer, i);
				Files.write(zip, bytes);
				return;
			}
		}
		throw new IOException("no central record for " + name);
	}

}
