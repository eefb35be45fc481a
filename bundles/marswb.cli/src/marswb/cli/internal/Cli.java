package marswb.cli.internal;

import java.io.PrintStream;
import java.time.Clock;

/** Dispatches the subcommands of {@code ./marswb}. */
public final class Cli {

	public static final int EXIT_OK = 0;
	public static final int EXIT_FINDINGS = 1;
	public static final int EXIT_UNUSABLE = 2;

	private Cli() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, Clock.systemUTC());
	}

	/** @param clock what "today" is for the expiry of suppressions; tests pass a fixed one */
	public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
		if (args.length == 0) {
			err.println(Messages.Usage_text);
			return EXIT_UNUSABLE;
		}
		try {
			if (Help.asked(args)) {
				out.println(Help.text(args));
				return EXIT_OK;
			}
			return switch (args[0]) {
			case "show" -> new ShowCommand().run(args, out, err);
			case "analyze" -> new AnalyzeCommand(clock).run(args, out, err);
			case "compare" -> new CompareCommand().run(args, out, err);
			case "triage" -> new TriageCommand().run(args, out, err);
			case "import" -> new ImportCommand().run(args, out, err);
			case "redact" -> new RedactCommand().run(args, out, err);
			case "unredact" -> new UnredactCommand().run(args, out, err);
			case "baseline" -> new BaselineCommand().run(args, err);
			case "kb" -> new KbCommand().run(args, out);
			case "collector" -> new CollectorCommand().run(args, out, err);
			case "plugins" -> new PluginsCommand().run(args, out, err);
			default -> throw new UsageException(Messages.format(Messages.Usage_unknownCommand, args[0]));
			};
		} catch (UsageException e) {
			err.println(e.getMessage() == null ? Messages.Usage_text : e.getMessage());
			err.println(Messages.Usage_hint);
			return EXIT_UNUSABLE;
		}
	}

}
