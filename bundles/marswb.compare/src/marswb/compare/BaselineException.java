package marswb.compare;

/**
 * A baseline file that cannot be used: unreadable, not a baseline, or written by a newer workbench.
 *
 * @since 0.1
 */
public final class BaselineException extends Exception {

	private static final long serialVersionUID = 1L;

	public BaselineException(String message) {
		super(message);
	}
}
