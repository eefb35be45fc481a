package marswb.bundle;

/**
 * The bundle cannot be opened at all (not a zip or folder, unreadable, over the limits as a whole).
 *
 * @since 0.1
 */
public class BundleOpenException extends Exception {

	private static final long serialVersionUID = 1L;

	public BundleOpenException(String message) {
		super(message);
	}

	public BundleOpenException(String message, Throwable cause) {
		super(message, cause);
	}
}
