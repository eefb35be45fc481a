package marswb.ui.internal.configuration;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.graphics.Color;

import marswb.model.server.Server;
import marswb.ui.internal.bundles.WhatIfMarks;

/**
 * The labels of the configuration tree over a what-if's working copy: a value that the applied quick-fixes
 * changed is marked, with its label as read beside it. The objects as read are found by their place in the
 * model, which a fix keeps.
 */
final class WhatIfLabels extends ColumnLabelProvider {

	private final ILabelProvider labels;
	private Server workingCopy;
	private Server asRead;

	WhatIfLabels(ILabelProvider labels) {
		this.labels = labels;
	}

	/** The model shown and the same as read; the same object twice while no quick-fix is applied. */
	void compare(Server shown, Server original) {
		workingCopy = shown;
		asRead = original;
	}

	@Override
	public String getText(Object element) {
		String text = labels.getText(element);
		if (element instanceof ModelTreeContentProvider.AttributeNode node && changed(node)) {
			EObject owner = original(node.owner());
			return WhatIfMarks.changed(text, owner == null ? ""
					: labels.getText(new ModelTreeContentProvider.AttributeNode(owner, node.attribute())));
		}
		return text;
	}

	/** The labels' own tooltip, such as a size's exact byte count. */
	@Override
	public String getToolTipText(Object element) {
		return labels instanceof ColumnLabelProvider column ? column.getToolTipText(element) : null;
	}

	@Override
	public Color getBackground(Object element) {
		return element instanceof ModelTreeContentProvider.AttributeNode node && changed(node) ? WhatIfMarks.color()
				: null;
	}

	@Override
	public Color getForeground(Object element) {
		return null;
	}

	private boolean changed(ModelTreeContentProvider.AttributeNode node) {
		if (workingCopy == null || workingCopy == asRead) {
			return false;
		}
		EObject owner = original(node.owner());
		return owner == null || !Objects.equals(node.owner().eGet(node.attribute()), owner.eGet(node.attribute()));
	}

	/** The object as read at the place of {@code shown} in the working copy; null when the fix added it. */
	private EObject original(EObject shown) {
		if (shown == workingCopy) {
			return asRead;
		}
		if (!EcoreUtil.isAncestor(workingCopy, shown)) {
			return null;
		}
		EObject found = EcoreUtil.getEObject(asRead, EcoreUtil.getRelativeURIFragmentPath(workingCopy, shown));
		return found != null && found.eClass() == shown.eClass() ? found : null;
	}

	@Override
	public void dispose() {
		labels.dispose();
		super.dispose();
	}
}
