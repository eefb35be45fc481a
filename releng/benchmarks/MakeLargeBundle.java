import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Writes a large diagnostic bundle for the reading benchmark: samples/healthy plus agent logs and a
 * LastBackupFailedFiles list, both UTF-16LE with BOM as the agent writes them.
 * Usage: java MakeLargeBundle.java <samples/healthy> <target folder> <log MiB> <failed-file lines>
 */
public final class MakeLargeBundle {

	public static void main(String[] args) throws IOException {
		Path healthy = Path.of(args[0]);
		Path target = Path.of(args[1]);
		long logBytes = Long.parseLong(args[2]) << 20;
		long failedLines = Long.parseLong(args[3]);
		copy(healthy, target);
		int files = (int) Math.max(1, logBytes / (256L << 20));
		for (int i = 0; i < files; i++) {
			writeLog(target.resolve("agent/logs/CBEngine" + i + ".errlog"), logBytes / files, i);
		}
		writeFailedFiles(target.resolve("agent/failed-files/LastBackupFailedFiles9f2_11_19_2026.txt"), failedLines);
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path copy = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static BufferedWriter utf16(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		OutputStream out = Files.newOutputStream(file);
		out.write(0xFF);
		out.write(0xFE);
		return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_16LE), 1 << 20);
	}

	private static void writeLog(Path file, long bytes, int seed) throws IOException {
		String[] messages = { "NORMAL\tJob progress: transferred 1048576 bytes of file data",
				"WARNING\tFailed: Hr: = [0x80070020] The process cannot access the file because it is being used",
				"NORMAL\tFileProvider::EndData completed for volume D:",
				"WARNING\tSalLowDiskSpace: insufficient storage in the volume that holds the scratch folder" };
		long written = 0;
		long line = 0;
		try (BufferedWriter out = utf16(file)) {
			while (written < bytes) {
				int second = (int) (line % 86_400);
				String text = String.format("0AB0\t0974\t11/%02d\t%02d:%02d:%02d.%03d\t18\tjobmgr.cpp(%d)\t[00000000535%05d]\t"
						+ "1FCFF8B4-CCE2-42E6-8883-7AEB9A1C5CB6\t\t%s%n", 1 + (int) (line / 86_400 % 19), second / 3600,
						second / 60 % 60, second % 60, (int) (line % 1000), 100 + seed, (int) (line % 100_000),
						messages[(int) (line % 97 == 0 ? 3 : line % 3)]);
				out.write(text);
				written += 2L * text.length();
				line++;
			}
		}
	}

	private static void writeFailedFiles(Path file, long lines) throws IOException {
		try (BufferedWriter out = utf16(file)) {
			out.write("Consider adding these to exclusion list of backup policy." + "-".repeat(46) + "\r\n");
			for (long i = 0; i < lines; i++) {
				out.write("D:\\Shares\\Dept" + (i % 40) + "\\Project" + (i % 997) + "\\file" + i + ".docx\t"
						+ (i % 3 == 0 ? "0x80070005" : "0x80070002") + "\r\n");
			}
			out.write("-".repeat(103) + "\r\n");
		}
	}
}
