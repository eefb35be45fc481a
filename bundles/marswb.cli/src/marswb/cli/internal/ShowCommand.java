package marswb.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import marswb.bundle.BundleOpenException;
import marswb.model.server.Server;
import marswb.report.ConfigurationText;
import marswb.triage.BundleInput;

/** {@code marswb show <bundle> [--format text|json] [--lang en|zh-CN]}: the server's configuration as read. */
final class ShowCommand {

	int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
		CommandLine line = CommandLine.parse(args, Set.of("--format", "--lang"), Set.of());
		String format = line.choice("--format", "text", Set.of("text", "json"));
		// the launcher turns --lang into -nl, which the NLS messages follow; here it is only validated
		line.choice("--lang", "en", Set.of("en", "zh-CN"));
		if (line.positional().size() != 1) {
			throw new UsageException(Messages.Usage_oneBundle);
		}
		Server server;
		try {
			server = BundleInput.read(Path.of(line.positional().get(0)));
		} catch (BundleOpenException e) {
			err.println(Messages.format(Messages.Show_cannotOpen, e.getMessage()));
			return Cli.EXIT_UNUSABLE;
		}
		if (format.equals("json")) {
			out.println(PrettyJson.of(ModelJson.showDocument(server)));
		} else {
			new ConfigurationText(out).print(server);
		}
		return Cli.EXIT_OK;
	}
}
