package marswb.ui.internal.bundles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Control;

/**
 * Bundles (.zip files or folders) dragged from a file manager and dropped on the workbench open as File > Open
 * Bundle... opens them. A drop never moves or changes the dropped files: it is always a copy.
 */
public final class BundleDrop extends DropTargetAdapter {

	private BundleDrop() {
	}

	/** Lets {@code control} and the controls inside it that take no drops of their own receive bundles. */
	public static void install(Control control) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(FileTransfer.getInstance());
		target.addDropListener(new BundleDrop());
	}

	@Override
	public void dragEnter(DropTargetEvent event) {
		event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
	}

	@Override
	public void dragOperationChanged(DropTargetEvent event) {
		dragEnter(event);
	}

	@Override
	public void drop(DropTargetEvent event) {
		if (event.data instanceof String[] files) {
			open(files);
		}
	}

	/** Opens each dropped path in its own job; a path that is no bundle fails in its job, with the reason. */
	public static List<Job> open(String[] files) {
		List<Job> jobs = new ArrayList<>();
		for (String file : files) {
			jobs.add(OpenBundles.get().open(Path.of(file)));
		}
		return jobs;
	}
}
