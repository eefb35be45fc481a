package marswb.ui.internal.findings;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.model.diagnosis.Finding;

/**
 * Edit > Copy (Ctrl+C) in Findings: the selected findings on the clipboard as text and as Markdown
 * ({@link FindingsCopy}, {@link MarkdownTransfer}), ready for a ticket. A group row copies the findings under it.
 */
public class CopyFindingsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<Finding> findings = findings(HandlerUtil.getCurrentSelection(event));
		if (!findings.isEmpty()) {
			copy(Display.getCurrent(), findings);
		}
		return null;
	}

	/** Puts both flavours of {@code findings} on the clipboard. */
	public static void copy(Display display, List<Finding> findings) {
		Clipboard clipboard = new Clipboard(display);
		try {
			clipboard.setContents(new Object[] { FindingsCopy.text(findings), FindingsCopy.markdown(findings) },
					new Transfer[] { TextTransfer.getInstance(), MarkdownTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private static List<Finding> findings(ISelection selection) {
		List<Finding> findings = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				if (element instanceof Finding finding && !findings.contains(finding)) {
					findings.add(finding);
				} else if (element instanceof FindingGroup group) {
					group.members().stream().filter(f -> !findings.contains(f)).forEach(findings::add);
				}
			}
		}
		return findings;
	}
}
