package marswb.bundle.spi;

/**
 * An artifact that cannot be understood; the message says what and where, for the support engineer.
 *
 * @since 0.1
 */
public class ArtifactFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;

	public ArtifactFormatException(String message) {
		this(message, 0, null);
	}

	public ArtifactFormatException(String message, int line) {
		this(message, line, null);
	}

	public ArtifactFormatException(String message, int line, Throwable cause) {
		super(line > 0 ? message + " (line " + line + ")" : message, cause);
		this.line = line;
	}

	/** 1-based line of the problem, 0 when not tied to a line. */
	public int line() {
		return line;
	}
}
