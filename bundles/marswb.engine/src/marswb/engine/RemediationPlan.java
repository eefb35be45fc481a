package marswb.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import marswb.engine.internal.Messages;

/**
 * The applied quick-fixes in order, exported as a PowerShell script the customer reads before running it: every
 * step carries its comment, and a step that stops a service or overwrites something says so first.
 */
public final class RemediationPlan {

	private final String serverName;
	private final List<RemediationStep> steps = new ArrayList<>();

	public RemediationPlan(String serverName, List<RemediationStep> steps) {
		this.serverName = serverName;
		this.steps.addAll(steps);
	}

	public List<RemediationStep> steps() {
		return List.copyOf(steps);
	}

	/** The script text with LF line ends (the file gets CRLF). */
	public String script() {
		StringBuilder text = new StringBuilder();
		comment(text, NLS.bind(Messages.Plan_header, serverName == null ? "?" : serverName));
		comment(text, Messages.Plan_readFirst);
		text.append("#Requires -RunAsAdministrator\n");
		int number = 1;
		for (RemediationStep step : steps) {
			text.append('\n');
			comment(text, NLS.bind(Messages.Plan_step, number++, step.fixId()));
			comment(text, step.comment());
			if (step.destructive()) {
				comment(text, Messages.Plan_destructive);
			}
			text.append(step.script().strip()).append('\n');
		}
		if (steps.isEmpty()) {
			text.append('\n');
			comment(text, Messages.Plan_empty);
		}
		return text.toString();
	}

	private static void comment(StringBuilder text, String comment) {
		for (String line : comment.split("\n")) {
			text.append("# ").append(line).append('\n');
		}
	}

	/**
	 * Writes the plan atomically as UTF-8 with BOM and CRLF line ends: Windows PowerShell 5.1 reads a BOM-less file
	 * in the ANSI code page and would garble the Chinese comments.
	 */
	public void write(Path file) throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = script().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		Path parent = file.toAbsolutePath().getParent();
		Path temp = Files.createTempFile(parent, ".plan", ".tmp");
		try {
			byte[] all = new byte[bom.length + body.length];
			System.arraycopy(bom, 0, all, 0, bom.length);
			System.arraycopy(body, 0, all, bom.length, body.length);
			Files.write(temp, all);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
