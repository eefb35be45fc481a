package marswb.ui.internal.bundles;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;

import marswb.engine.RemediationPlan;
import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.server.Server;

/**
 * One opened bundle: the server as read, and the what-if session whose working copy the quick-fixes change. What-if
 * jobs run the session's checks off the UI thread; the views read what the last finished what-if left (its
 * findings, plan and undo state), which changes on the UI thread only.
 */
public final class OpenBundle {

	/** What the views show of the session, taken when a what-if finished. */
	record Published(Diagnosis diagnosis, RemediationPlan plan, List<String> appliedFixes, boolean canUndo,
			boolean canRedo) {

		static Published of(WhatIfSession session) {
			return new Published(session.diagnosis(), session.plan(), session.appliedFixes(), session.canUndo(),
					session.canRedo());
		}
	}

	private final Path path;
	private final Server server;
	private final WhatIfSession session;
	/** Held by the what-if jobs of this bundle, so that they change its session one after the other. */
	private final ISchedulingRule whatIfRule = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};
	private Published published;

	OpenBundle(Path path, Server server, WhatIfSession session) {
		this.path = path;
		this.server = server;
		this.session = session;
		this.published = Published.of(session);
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

	/** Change it only through {@link OpenBundles#whatIf}, which keeps one change at a time and tells the views. */
	public WhatIfSession session() {
		return session;
	}

	ISchedulingRule whatIfRule() {
		return whatIfRule;
	}

	/** The findings after the what-ifs that finished. */
	public Diagnosis diagnosis() {
		return published.diagnosis();
	}

	/** The applied quick-fixes' steps, as the last finished what-if left them. */
	public RemediationPlan plan() {
		return published.plan();
	}

	/** The quick-fixes the last finished what-if left applied, in the order applied. */
	public List<String> appliedFixes() {
		return published.appliedFixes();
	}

	public boolean canUndo() {
		return published.canUndo();
	}

	public boolean canRedo() {
		return published.canRedo();
	}

	void publish(Published state) {
		published = state;
	}
}
