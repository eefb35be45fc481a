package marswb.ui.internal.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundles named on the command line. The application also receives the launcher's options (marswb.sh passes
 * --lang through, a test harness adds its own), so only existing folders and .zip files count, and the value of
 * --lang is never taken for a bundle.
 */
final class LaunchArguments {

	private LaunchArguments() {
	}

	static List<String> bundles(String[] arguments) {
		List<String> bundles = new ArrayList<>();
		for (int i = 0; i < arguments.length; i++) {
			String argument = arguments[i];
			if (argument.equals("--lang")) {
				i++;
			} else if (!argument.startsWith("-") && isBundle(Path.of(argument))) {
				bundles.add(argument);
			}
		}
		return bundles;
	}

	private static boolean isBundle(Path path) {
		return Files.isDirectory(path)
				|| Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".zip");
	}
}
