package marswb.plugins;

/** A plugin operation that could not be done: the reason is the message. */
public final class PluginException extends Exception {

	private static final long serialVersionUID = 1L;

	public PluginException(String message) {
		super(message);
	}

	public PluginException(String message, Throwable cause) {
		super(message, cause);
	}
}
