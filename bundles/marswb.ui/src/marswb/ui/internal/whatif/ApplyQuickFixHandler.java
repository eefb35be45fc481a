package marswb.ui.internal.whatif;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import marswb.model.diagnosis.Finding;
import marswb.ui.internal.bundles.OpenBundle;
import marswb.ui.internal.bundles.OpenBundles;

/**
 * Applies a quick-fix the selected finding offers as a what-if on its bundle's working copy (asking which one
 * when it offers several); the checks run again in a what-if job and the findings views refresh when it ends.
 */
public class ApplyQuickFixHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(fixable(HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_CURRENT_SELECTION_NAME)) != null);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Finding finding = fixable(HandlerUtil.getCurrentSelection(event));
		OpenBundle bundle = finding == null ? null : OpenBundles.get().owner(finding);
		if (bundle == null) {
			return null;
		}
		String fix = choose(HandlerUtil.getActiveShell(event), finding.getQuickFixes());
		if (fix != null) {
			OpenBundles.get().whatIf(bundle, NLS.bind(Messages.WhatIf_apply, fix), session -> session.applyChange(fix));
		}
		return null;
	}

	/** The one fix offered, or the one the user picks of several; null when the user cancels. */
	private static String choose(Shell shell, List<String> fixes) {
		if (fixes.size() == 1) {
			return fixes.get(0);
		}
		ListDialog dialog = new ListDialog(shell);
		dialog.setTitle(Messages.Apply_chooseTitle);
		dialog.setMessage(Messages.Apply_chooseMessage);
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new LabelProvider());
		dialog.setInput(fixes);
		dialog.setInitialSelections(fixes.get(0));
		return dialog.open() == Window.OK && dialog.getResult().length > 0 ? (String) dialog.getResult()[0] : null;
	}

	private static Finding fixable(Object selection) {
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Finding finding && !finding.getQuickFixes().isEmpty()) {
			return finding;
		}
		return null;
	}
}
