package com.example.marswb.vss.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

import com.example.marswb.vss.VssWriter;
import com.example.marswb.vss.VssWriters;

import marswb.model.server.Server;
import marswb.ui.AreaView;
import marswb.ui.AreaViews;

/** The current bundle's VSS writers as vssadmin listed them: name, state, last error and ids. */
public class VssWritersView extends AreaView {

	public static final String ID = "com.example.marswb.vss.ui.writers";

	private TableViewer writers;

	@Override
	protected void createTables(Composite sash) {
		writers = AreaViews.table(sash);
		AreaViews.<VssWriter>column(writers, Messages.Writer_name, 260, VssWriter::getName);
		AreaViews.<VssWriter>column(writers, Messages.Writer_state, 160,
				w -> w.getStateCode() == null ? w.getState() : "[" + w.getStateCode() + "] " + w.getState());
		AreaViews.<VssWriter>column(writers, Messages.Writer_lastError, 180, VssWriter::getLastError);
		AreaViews.<VssWriter>column(writers, Messages.Writer_writerId, 290, VssWriter::getWriterId);
	}

	@Override
	protected void show(Server server) {
		writers.setInput(server == null ? List.of() : VssWriters.of(server));
	}

	/** The table, for the tests. */
	public TableViewer writers() {
		return writers;
	}
}
