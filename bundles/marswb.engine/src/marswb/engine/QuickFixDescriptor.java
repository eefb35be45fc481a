package marswb.engine;

import java.util.List;

import marswb.engine.internal.CheckRegistry;

/**
 * What a quick-fix declares about itself in plugin.xml.
 *
 * @param id    stable id, {@code <area>.<what-it-does>}; a finding offers it as {@code id@subject}
 * @param check id of the check whose findings offer it
 * @param label label in the current language
 * @since 0.1
 */
public record QuickFixDescriptor(String id, String check, String label) {

	/** The quick-fixes contributed to the running platform, by id. */
	public static List<QuickFixDescriptor> platform() {
		return CheckRegistry.platform().fixes().values().stream()
				.map(f -> new QuickFixDescriptor(f.id(), f.checkId(), f.label())).toList();
	}
}
