package marswb.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code marswb help [command]} and {@code marswb <command> --help}: the whole usage text, or the part of it about
 * one command, cut from the same text so that the two never say different things.
 */
final class Help {

	static final Set<String> COMMANDS = Set.of("show", "analyze", "compare", "baseline", "kb", "triage", "import",
			"redact", "collector", "help");

	private Help() {
	}

	/** True when the words ask for help: {@code help ...}, or {@code --help}/{@code -h} after a command. */
	static boolean asked(String[] args) {
		if (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
			return true;
		}
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--help") || args[i].equals("-h")) {
				return COMMANDS.contains(args[0]);
			}
		}
		return false;
	}

	/** The help the words ask for. */
	static String text(String[] args) throws UsageException {
		String command = args[0].equals("help") || args[0].startsWith("-") ? args.length > 1 ? args[1] : null
				: args[0];
		return command == null ? Messages.Usage_text : of(command);
	}

	/** The usage line and description of one command. */
	static String of(String command) throws UsageException {
		String[] lines = Messages.Usage_text.split("\n");
		List<String> part = new ArrayList<>();
		for (String line : lines) {
			boolean entry = line.startsWith("  ") && !line.startsWith("   ");
			if (entry) {
				if (!part.isEmpty()) {
					break;
				}
				String name = line.strip().split(" ", 2)[0];
				if (name.equals(command)) {
					part.add(Messages.format(Messages.Usage_command, line.strip()));
				}
			} else if (!part.isEmpty()) {
				part.add(line);
			}
		}
		if (part.isEmpty()) {
			throw new UsageException(Messages.format(Messages.Usage_unknownCommand, command));
		}
		return String.join("\n", part);
	}
}
