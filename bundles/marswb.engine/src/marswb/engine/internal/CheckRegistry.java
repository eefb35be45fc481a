package marswb.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

import marswb.engine.spi.Check;
import marswb.engine.CheckDescriptor;
import marswb.engine.spi.QuickFix;
import marswb.model.diagnosis.Severity;

/** Checks, quick-fixes and areas contributed to the engine's extension points. */
public final class CheckRegistry {

	public static final String CHECKS = "marswb.engine.checks";
	public static final String QUICK_FIXES = "marswb.engine.quickFixes";

	/** A check contribution; the check object is created once and shared by runs. */
	public record RegisteredCheck(CheckDescriptor descriptor, Check check) {
	}

	/** A quick-fix contribution. */
	public record RegisteredFix(String id, String checkId, String label, QuickFix fix) {
	}

	/** An area: id and display name in the current language. */
	public record Area(String id, String name) {
	}

	private final List<RegisteredCheck> checks = new ArrayList<>();
	private final Map<String, RegisteredFix> fixes = new LinkedHashMap<>();
	private final Map<String, Area> areas = new LinkedHashMap<>();
	private final List<String> problems = new ArrayList<>();

	private static volatile CheckRegistry platform;

	/** The contributions of the running platform, read once. */
	public static CheckRegistry platform() {
		CheckRegistry result = platform;
		if (result == null) {
			result = new CheckRegistry(Platform.getExtensionRegistry());
			platform = result;
		}
		return result;
	}

	CheckRegistry(IExtensionRegistry registry) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(CHECKS)) {
			switch (element.getName()) {
			case "area" -> areas.put(element.getAttribute("id"),
					new Area(element.getAttribute("id"), element.getAttribute("name")));
			case "check" -> readCheck(element);
			default -> problems.add("unknown element " + element.getName() + " in " + contributor(element));
			}
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(QUICK_FIXES)) {
			try {
				QuickFix fix = (QuickFix) element.createExecutableExtension("class");
				String id = element.getAttribute("id");
				fixes.put(id, new RegisteredFix(id, element.getAttribute("check"), element.getAttribute("label"), fix));
			} catch (CoreException | RuntimeException e) {
				report("quick-fix " + element.getAttribute("id") + " of " + contributor(element) + " cannot be created", e);
			}
		}
		checks.sort(Comparator.comparing(c -> c.descriptor().id()));
	}

	private void readCheck(IConfigurationElement element) {
		String id = element.getAttribute("id");
		try {
			List<String> evidence = new ArrayList<>();
			List<String> related = new ArrayList<>();
			for (IConfigurationElement child : element.getChildren()) {
				if (child.getName().equals("evidence")) {
					evidence.add(child.getAttribute("artifact"));
				} else if (child.getName().equals("relatedKb")) {
					related.add(child.getAttribute("anchor"));
				}
			}
			String severity = element.getAttribute("severity");
			String title = element.getAttribute("title");
			String neutralTitle = element.getAttribute("neutralTitle");
			CheckDescriptor descriptor = new CheckDescriptor(id, element.getAttribute("area"),
					element.getAttribute("kb"), List.copyOf(related), element.getAttribute("errorCode"),
					severity == null ? Severity.MEDIUM : Severity.get(severity.toLowerCase(Locale.ROOT)), title,
					List.copyOf(evidence), contributor(element), neutralTitle == null ? title : neutralTitle);
			Check check = (Check) element.createExecutableExtension("class");
			checks.add(new RegisteredCheck(descriptor, check));
		} catch (CoreException | RuntimeException e) {
			report("check " + id + " of " + contributor(element) + " cannot be created", e);
		}
	}

	private void report(String message, Throwable e) {
		problems.add(message + ": " + e.getMessage());
		ILog.of(CheckRegistry.class).error(message, e);
	}

	private static String contributor(IConfigurationElement element) {
		return element.getContributor().getName();
	}

	public List<RegisteredCheck> checks() {
		return checks;
	}

	public Map<String, RegisteredFix> fixes() {
		return fixes;
	}

	public Map<String, Area> areas() {
		return areas;
	}

	/** Contributions that could not be loaded (the rest still run). */
	public List<String> problems() {
		return problems;
	}
}
