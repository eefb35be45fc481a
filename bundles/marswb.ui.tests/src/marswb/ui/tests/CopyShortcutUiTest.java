package marswb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

/**
 * Ctrl+C reaches the copy command whose handler FindingsCopyUiTest runs on the Findings view: the key is bound in
 * the workbench's active scheme, so the clipboard content asserted there is what the key press puts there.
 */
class CopyShortcutUiTest {

	@Test
	void ctrlCIsTheCopyCommandsKey() {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		List<String> keys = Arrays.stream(bindings.getActiveBindingsFor("org.eclipse.ui.edit.copy"))
				.map(TriggerSequence::format).toList();
		assertTrue(keys.contains("Ctrl+C"), keys.toString());
	}
}
