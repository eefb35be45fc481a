package marswb.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import marswb.plugins.PluginException;
import marswb.plugins.Plugins;

/**
 * {@code marswb plugins list|install <repository> [feature...]|uninstall <feature>}: the check plugins of this
 * product, through p2's director. Changes take effect at the next start.
 */
final class PluginsCommand {

	int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
		if (args.length < 2) {
			throw new UsageException(Messages.Plugins_usage);
		}
		List<String> operands = Arrays.asList(args).subList(2, args.length);
		try {
			return switch (args[1]) {
			case "list" -> {
				expect(operands, 0);
				yield list(out);
			}
			case "install" -> {
				if (operands.isEmpty()) {
					throw new UsageException(Messages.Plugins_usage);
				}
				yield install(Path.of(operands.get(0)), operands.subList(1, operands.size()), out, err);
			}
			case "uninstall" -> {
				expect(operands, 1);
				yield uninstall(operands.get(0), out, err);
			}
			default -> throw new UsageException(Messages.Plugins_usage);
			};
		} catch (PluginException e) {
			err.println(Messages.format(Messages.Plugins_failed, e.getMessage()));
			return Cli.EXIT_UNUSABLE;
		}
	}

	private static void expect(List<String> operands, int count) throws UsageException {
		if (operands.size() != count) {
			throw new UsageException(Messages.Plugins_usage);
		}
	}

	/** Exit 1 when a plugin's bundle did not resolve or its contributions did not load: the product runs without it. */
	private static int list(PrintStream out) throws PluginException {
		List<Plugins.Plugin> plugins = Plugins.running().installed();
		if (plugins.isEmpty()) {
			out.println(Messages.Plugins_none);
			return Cli.EXIT_OK;
		}
		for (Plugins.Plugin plugin : plugins) {
			out.println(plugin.id() + " " + plugin.version() + (plugin.name() == null ? "" : "  " + plugin.name()));
			for (Plugins.PluginBundle bundle : plugin.bundles()) {
				out.println("  " + bundle.id() + " " + bundle.version() + "  " + (bundle.problem() == null
						? Messages.Plugins_loaded : Messages.format(Messages.Plugins_notLoaded, bundle.problem())));
			}
		}
		return plugins.stream().allMatch(Plugins.Plugin::ok) ? Cli.EXIT_OK : Cli.EXIT_FINDINGS;
	}

	private static int install(Path repository, List<String> features, PrintStream out, PrintStream err)
			throws PluginException {
		boolean any = false;
		for (Plugins.Result result : Plugins.running().install(repository, features)) {
			if (result.done()) {
				any = true;
				out.println(Messages.format(Messages.Plugins_installed, result.featureId()));
			} else {
				err.println(Messages.format(Messages.Plugins_notInstalled, result.featureId(), result.message()));
			}
		}
		if (any) {
			out.println(Messages.Plugins_nextStart);
		}
		return any ? Cli.EXIT_OK : Cli.EXIT_UNUSABLE;
	}

	private static int uninstall(String feature, PrintStream out, PrintStream err) throws PluginException {
		Plugins.Result result = Plugins.running().uninstall(feature);
		if (!result.done()) {
			err.println(Messages.format(Messages.Plugins_notUninstalled, result.featureId(), result.message()));
			return Cli.EXIT_UNUSABLE;
		}
		out.println(Messages.format(Messages.Plugins_uninstalled, result.featureId()));
		out.println(Messages.Plugins_nextStart);
		return Cli.EXIT_OK;
	}
}
