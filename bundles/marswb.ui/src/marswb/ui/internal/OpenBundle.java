package marswb.ui.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.server.Server;

/**
 * One opened bundle: the server as read, and the what-if session whose working copy the quick-fixes change. The
 * findings shown are always the session's current ones.
 */
public final class OpenBundle {

	private final Path path;
	private final Server server;
	private final WhatIfSession session;

	OpenBundle(Path path, Server server, WhatIfSession session) {
		this.path = path;
		this.server = server;
		this.session = session;
	}

	public Path path() {
		return path;
	}

	public String name() {
		return path.getFileName().toString();
	}

	/** The bundle's name and its server's host name, as a side of a comparison is headed. */
	public String label() {
		return NLS.bind(Messages.Compare_bundleSide, name(), server.getHostName());
	}

	/** The configuration as the bundle says it, untouched by what-ifs. */
	public Server server() {
		return server;
	}

	public WhatIfSession session() {
		return session;
	}

	public Diagnosis diagnosis() {
		return session.diagnosis();
	}
}
