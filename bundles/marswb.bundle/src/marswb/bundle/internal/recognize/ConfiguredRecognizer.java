package marswb.bundle.internal.recognize;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;

import marswb.bundle.spi.ArtifactRecognizer;

/** A recognizer whose knowledge (a key, columns, properties, a pattern) comes after the colon in plugin.xml. */
abstract class ConfiguredRecognizer implements ArtifactRecognizer, IExecutableExtension {

	@Override
	public final void setInitializationData(IConfigurationElement config, String propertyName, Object data)
			throws CoreException {
		if (!(data instanceof String text) || text.isBlank()) {
			throw new CoreException(Status.error(getClass().getSimpleName() + " needs its data after a ':' in "
					+ propertyName + " of " + config.getAttribute("id")));
		}
		try {
			configure(text.strip());
		} catch (IllegalArgumentException e) {
			throw new CoreException(Status.error("Bad recognizer data '" + text + "': " + e.getMessage(), e));
		}
	}

	/** @throws IllegalArgumentException when the data cannot be used */
	abstract void configure(String data);

	/** Where the text starts after leading white space: a sample is 256 KiB, too much to copy once per recognizer. */
	static int start(String text) {
		int at = 0;
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		return at;
	}

}
