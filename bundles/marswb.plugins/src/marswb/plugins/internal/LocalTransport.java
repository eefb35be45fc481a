package marswb.plugins.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLConnection;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.spi.IAgentServiceFactory;

/**
 * p2's file access for repositories on this machine: a folder ({@code file:}) or a zip ({@code jar:file:...!/}).
 * p2 ships no transport of its own (Eclipse's is ECF's, which the product leaves out); plugins come from a folder or
 * zip the support engineer was given, never from a server, so no other scheme is served.
 */
public final class LocalTransport extends Transport {

	private static final Set<String> SCHEMES = Set.of("file", "jar");

	/** Creates the transport for each provisioning agent, registered as the agent's Transport service. */
	public static final class Factory implements IAgentServiceFactory {
		@Override
		public Object createService(IProvisioningAgent agent) {
			return new LocalTransport();
		}
	}

	@Override
	public IStatus download(URI toDownload, OutputStream target, IProgressMonitor monitor) {
		try (InputStream in = stream(toDownload, monitor)) {
			in.transferTo(target);
			return Status.OK_STATUS;
		} catch (IOException | CoreException e) {
			return Status.error("cannot read " + toDownload + ": " + e.getMessage(), e);
		}
	}

	@Override
	public InputStream stream(URI toDownload, IProgressMonitor monitor) throws FileNotFoundException, CoreException {
		try {
			return connection(toDownload).getInputStream();
		} catch (FileNotFoundException e) {
			throw e;
		} catch (IOException e) {
			// a zip that lacks the entry reports it this way
			FileNotFoundException missing = new FileNotFoundException(toDownload + ": " + e.getMessage());
			missing.initCause(e);
			throw missing;
		}
	}

	@Override
	public long getLastModified(URI toDownload, IProgressMonitor monitor) throws CoreException, FileNotFoundException {
		try {
			URLConnection connection = connection(toDownload);
			try (InputStream probe = connection.getInputStream()) {
				return connection.getLastModified();
			}
		} catch (FileNotFoundException e) {
			throw e;
		} catch (IOException e) {
			throw new FileNotFoundException(toDownload + ": " + e.getMessage());
		}
	}

	private static URLConnection connection(URI uri) throws IOException, CoreException {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!SCHEMES.contains(scheme) || scheme.equals("jar") && !uri.toString().startsWith("jar:file:")) {
			throw new CoreException(Status.error("only repositories on this machine are read (a folder or a zip): " + uri));
		}
		URLConnection connection = uri.toURL().openConnection();
		// a cached jar: connection keeps the zip open after an uninstall, and shows an old copy after a rebuild
		connection.setUseCaches(false);
		return connection;
	}
}
