package marswb.ui.internal.bundles;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;

import marswb.engine.RemediationPlan;
import marswb.engine.WhatIfSession;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.server.Server;
import marswb.report.Suppressions;

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
	private final Clock clock;
	private Suppressions suppressions;
	/** The suppressions file in use, null until one exists beside the bundle or the user chose where to create it. */
	private Path suppressionsFile;
	/** Why the file beside the bundle could not be read; while set, nothing is written over it. */
	private String suppressionsProblem;

	OpenBundle(Path path, Server server, WhatIfSession session, Clock clock) {
		this.path = path;
		this.server = server;
		this.session = session;
		this.clock = clock;
		Path beside = Suppressions.beside(path);
		try {
			suppressions = Suppressions.readIfExists(beside);
			suppressionsFile = beside.toFile().exists() ? beside : null;
		} catch (Suppressions.FormatException e) {
			suppressions = new Suppressions(List.of());
			suppressionsProblem = e.getMessage();
		}
		publish(Published.of(session));
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
		// every analysis makes new findings: mark them again, and let expired suppressions go
		suppressions.apply(state.diagnosis(), clock);
	}

	/** The suppressions of this bundle's customer, as its suppressions file holds them. */
	public Suppressions suppressions() {
		return suppressions;
	}

	/** The file the suppressions are written to; null while none exists beside the bundle and none was chosen. */
	public Path suppressionsFile() {
		return suppressionsFile;
	}

	/** Why the suppressions file beside the bundle is unusable, or null. */
	public String suppressionsProblem() {
		return suppressionsProblem;
	}

	void setSuppressions(Path file, Suppressions changed) {
		suppressionsFile = file;
		suppressions = changed;
		suppressions.apply(published.diagnosis(), clock);
	}
}
