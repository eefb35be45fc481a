package marswb.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import marswb.cli.internal.Cli;

/** One in-process run of the command line with captured output. */
record CliRun(int exitCode, String out, String err) {

	static CliRun of(String... args) {
		return of(Clock.systemUTC(), args);
	}

	/** @param clock the day suppressions expire against */
	static CliRun of(Clock clock, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = Cli.run(args, outStream, errStream, clock);
		}
		return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
