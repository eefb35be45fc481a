package marswb.ui.internal.bundles;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** How a value that a what-if changed is shown: its new text with the value as read beside it, on one colour. */
public final class WhatIfMarks {

	private static final String COLOR = "marswb.ui.whatIfChanged";

	private WhatIfMarks() {
	}

	/** {@code now} followed by the text as read, e.g. "D:\Scratch   (as read: C:\Scratch)". */
	public static String changed(String now, String asRead) {
		return NLS.bind(Messages.WhatIf_changed, now, asRead.isEmpty() ? Messages.WhatIf_empty : asRead);
	}

	/** The background of a changed value: the banner's amber, lighter. */
	public static Color color() {
		ColorRegistry colors = JFaceResources.getColorRegistry();
		if (!colors.hasValueFor(COLOR)) {
			colors.put(COLOR, new RGB(255, 236, 179));
		}
		return colors.get(COLOR);
	}
}
