package marswb.ui.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A copy of a sample bundle whose agent log grows by many valid lines, to see how the workbench behaves while a
 * large bundle opens.
 */
final class LargeBundle {

	private static final String LOG = "agent/logs/CBEngineCurr.errlog";
	private static final int LINES_PER_BLOCK = 4096;

	private LargeBundle() {
	}

	/**
	 * Copies {@code sample} to {@code target} and appends about {@code extraBytes} of errlog lines to its engine
	 * log, in the log's own encoding (UTF-16LE) and TAB layout, from the evening before collection.
	 */
	static Path write(String sample, Path target, long extraBytes) throws IOException {
		UiTesting.copyWithout(sample, target);
		byte[] block = block();
		try (OutputStream out = Files.newOutputStream(target.resolve(LOG), StandardOpenOption.APPEND)) {
			for (long written = 0; written < extraBytes; written += block.length) {
				out.write(block);
			}
		}
		return target;
	}

	/** Lines a second apart, engine chatter and now and then a warning as a busy night leaves them. */
	private static byte[] block() {
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < LINES_PER_BLOCK; i++) {
			String message = i % 50 == 0 ? "WARNING\tFailed: Hr: = [0x80070020] BackupRead failed on file(D:\\Shares\\"
					+ "Sales\\report" + i + ".xlsx)" : "NORMAL\tTransferred " + (i * 65_536L) + " bytes of file data";
			lines.append(String.format("0F3C\t1B80\t11/19\t%02d:%02d:%02d.%03d\t18\tjobmanager.cpp(1042)\t"
					+ "[000001D2A4C4%04X]\t695BC013-998B-4C15-A245-DF661224486D\t\t%s\r\n", 20 + i / 3600, i / 60 % 60,
					i % 60, i % 1000, i, message));
		}
		return lines.toString().getBytes(StandardCharsets.UTF_16LE);
	}
}
