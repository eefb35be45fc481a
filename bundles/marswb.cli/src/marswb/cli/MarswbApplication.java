package marswb.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import marswb.cli.internal.Cli;

/**
 * The headless application behind {@code ./marswb}. Its exit code is the command's (0 done, 1 findings or
 * differences, 2 unusable input or usage); stdout carries only the requested output.
 *
 * @since 0.1
 */
public final class MarswbApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		int exitCode = Cli.run(args == null ? new String[0] : args, System.out, System.err);
		System.out.flush();
		return Integer.valueOf(exitCode);
	}

	@Override
	public void stop() {
		// commands run to completion; there is nothing to interrupt
	}
}
