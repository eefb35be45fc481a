package marswb.bundle.internal.zip;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the entries a Unix zip tool stored as symbolic links. java.util.zip does not expose the external file
 * attributes, so the central directory is read here for them alone.
 */
final class ZipLinks {

	private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
	private static final int CENTRAL_FILE_HEADER = 0x02014b50;
	private static final int UNIX_HOST = 3;
	private static final int FILE_TYPE_MASK = 0170000;
	private static final int SYMBOLIC_LINK = 0120000;

	private ZipLinks() {
	}

	static Set<String> linkNames(Path zip) {
		Set<String> links = new HashSet<>();
		try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
			long size = channel.size();
			int tailLength = (int) Math.min(size, 65_557);
			ByteBuffer tail = read(channel, size - tailLength, tailLength);
			int eocd = -1;
			for (int i = tailLength - 22; i >= 0; i--) {
				if (tail.getInt(i) == END_OF_CENTRAL_DIRECTORY) {
					eocd = i;
					break;
				}
			}
			if (eocd < 0) {
				return links;
			}
			long directorySize = Integer.toUnsignedLong(tail.getInt(eocd + 12));
			long directoryOffset = Integer.toUnsignedLong(tail.getInt(eocd + 16));
			if (directoryOffset == 0xFFFFFFFFL || directorySize > Integer.MAX_VALUE
					|| directoryOffset + directorySize > size) {
				return links; // zip64 or damaged: java.util.zip decides whether the zip is usable
			}
			ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
			int position = 0;
			while (position + 46 <= directorySize && directory.getInt(position) == CENTRAL_FILE_HEADER) {
				int madeBy = Short.toUnsignedInt(directory.getShort(position + 4));
				int nameLength = Short.toUnsignedInt(directory.getShort(position + 28));
				int extraLength = Short.toUnsignedInt(directory.getShort(position + 30));
				int commentLength = Short.toUnsignedInt(directory.getShort(position + 32));
				int externalAttributes = directory.getInt(position + 38);
				if (position + 46 + nameLength > directorySize) {
					break;
				}
				byte[] name = new byte[nameLength];
				directory.get(position + 46, name);
				int mode = externalAttributes >>> 16;
				if ((madeBy >> 8) == UNIX_HOST && (mode & FILE_TYPE_MASK) == SYMBOLIC_LINK) {
					links.add(new String(name, StandardCharsets.UTF_8));
				}
				position += 46 + nameLength + extraLength + commentLength;
			}
		} catch (IOException | RuntimeException e) {
			// unreadable here means java.util.zip will report the damage itself
		}
		return links;
	}

	private static ByteBuffer read(FileChannel channel, long offset, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, offset + buffer.position()) < 0) {
				break;
			}
		}
		buffer.flip();
		return buffer.order(ByteOrder.LITTLE_ENDIAN);
	}
}
