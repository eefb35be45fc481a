package marswb.cli.internal;

/** Wrong words on the command line; the message (or the usage text when null) goes to stderr, exit code 2. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
