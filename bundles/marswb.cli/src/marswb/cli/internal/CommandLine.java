package marswb.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of one command: its name, positional arguments and {@code --option value} pairs. */
record CommandLine(String command, List<String> positional, Map<String, List<String>> options) {

	/** Parses {@code args}; options not in {@code valued} or {@code flags} are usage errors. */
	static CommandLine parse(String[] args, Set<String> valued, Set<String> flags) throws UsageException {
		if (args.length == 0) {
			throw new UsageException(null);
		}
		List<String> positional = new ArrayList<>();
		Map<String, List<String>> options = new LinkedHashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--")) {
				String name = arg;
				String value = null;
				int equals = arg.indexOf('=');
				if (equals > 0) {
					name = arg.substring(0, equals);
					value = arg.substring(equals + 1);
				}
				if (flags.contains(name) && value == null) {
					options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
					continue;
				}
				if (!valued.contains(name)) {
					throw new UsageException(Messages.format(Messages.Usage_unknownOption, name));
				}
				if (value == null) {
					if (i + 1 >= args.length) {
						throw new UsageException(Messages.format(Messages.Usage_missingValue, name));
					}
					value = args[++i];
				}
				options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			} else {
				positional.add(arg);
			}
		}
		return new CommandLine(args[0], positional, options);
	}

	/** The last value of an option, or the default. */
	String option(String name, String defaultValue) {
		List<String> values = options.get(name);
		return values == null || values.isEmpty() ? defaultValue : values.get(values.size() - 1);
	}

	/** An option restricted to some values. */
	String choice(String name, String defaultValue, Set<String> allowed) throws UsageException {
		String value = option(name, defaultValue);
		if (!allowed.contains(value)) {
			throw new UsageException(Messages.format(Messages.Usage_badValue, name, value, String.join(", ", allowed)));
		}
		return value;
	}
}
