package marswb.cli.internal;

import java.io.PrintStream;

/** Dispatches the subcommands of {@code ./marswb}. */
public final class Cli {

	public static final int EXIT_OK = 0;
	public static final int EXIT_FINDINGS = 1;
	public static final int EXIT_UNUSABLE = 2;

	private Cli() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
			(args.length == 0 ? err : out).println(Messages.Usage_text);
			return args.length == 0 ? EXIT_UNUSABLE : EXIT_OK;
		}
		try {
			return switch (args[0]) {
			case "show" -> new ShowCommand().run(args, out, err);
			case "analyze" -> new AnalyzeCommand().run(args, out, err);
			case "compare" -> new CompareCommand().run(args, out, err);
			case "triage" -> new TriageCommand().run(args, out, err);
			case "import" -> new ImportCommand().run(args, out, err);
			case "redact" -> new RedactCommand().run(args, out, err);
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
