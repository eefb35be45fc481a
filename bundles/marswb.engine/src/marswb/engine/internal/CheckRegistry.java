package marswb.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

import marswb.engine.Area;
import marswb.engine.Areas;
import marswb.engine.CheckDescriptor;
import marswb.engine.spi.Check;
import marswb.engine.spi.QuickFix;
import marswb.model.diagnosis.Severity;

/** Areas, checks and quick-fixes contributed to the engine's extension points. */
public final class CheckRegistry {

	public static final String CHECKS = "marswb.engine.checks";
	public static final String QUICK_FIXES = "marswb.engine.quickFixes";
	public static final String AREAS = "marswb.engine.areas";

	/** A check contribution; the check object is created once and shared by runs. */
	public record RegisteredCheck(CheckDescriptor descriptor, Check check) {
	}

	/** A quick-fix contribution. */
	public record RegisteredFix(String id, String checkId, String label, QuickFix fix) {
	}

	private final List<RegisteredCheck> checks = new ArrayList<>();
	private final Map<String, RegisteredFix> fixes = new LinkedHashMap<>();
	private final Areas areas;
	private final List<String> problems = new ArrayList<>();

	private static volatile CheckRegistry platform;

	/** The extensions read, to tell when a bundle contributing to the engine came or went. */
	private final List<IExtension> extensions;

	/**
	 * The contributions of the running platform, read once and again after a bundle that contributes to the engine
	 * came or went (a plugin installed into the running framework, or one uninstalled). The registry adds a
	 * bundle's extensions as the bundle resolves, so the next call sees them; its change events come later, from a
	 * job, so they are not waited for.
	 */
	public static CheckRegistry platform() {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		CheckRegistry result = platform;
		if (result == null || !result.extensions.equals(extensions(registry))) {
			result = new CheckRegistry(registry);
			platform = result;
		}
		return result;
	}

	private static List<IExtension> extensions(IExtensionRegistry registry) {
		List<IExtension> extensions = new ArrayList<>();
		for (String point : List.of(AREAS, CHECKS, QUICK_FIXES)) {
			extensions.addAll(List.of(registry.getExtensionPoint(point).getExtensions()));
		}
		return extensions;
	}

	CheckRegistry(IExtensionRegistry registry) {
		extensions = extensions(registry);
		List<Area> declared = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(AREAS)) {
			readArea(element).ifPresent(declared::add);
		}
		areas = Areas.of(declared);
		problems.addAll(areas.problems());
		for (IConfigurationElement element : registry.getConfigurationElementsFor(CHECKS)) {
			readCheck(element);
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

	private Optional<Area> readArea(IConfigurationElement element) {
		String id = element.getAttribute("id");
		String order = element.getAttribute("order");
		try {
			List<String> features = new ArrayList<>();
			for (IConfigurationElement owns : element.getChildren("owns")) {
				features.add(owns.getAttribute("feature"));
			}
			return Optional.of(new Area(id, element.getAttribute("name"), Integer.parseInt(order.trim()),
					element.getAttribute("icon"), List.copyOf(features), contributor(element)));
		} catch (RuntimeException e) {
			report("area " + id + " of " + contributor(element) + " cannot be read", e);
			return Optional.empty();
		}
	}

	private void readCheck(IConfigurationElement element) {
		String id = element.getAttribute("id");
		try {
			List<String> evidence = new ArrayList<>();
			List<String> required = new ArrayList<>();
			List<String> related = new ArrayList<>();
			for (IConfigurationElement child : element.getChildren()) {
				if (child.getName().equals("evidence")) {
					evidence.add(child.getAttribute("artifact"));
					if (Boolean.parseBoolean(child.getAttribute("required"))) {
						required.add(child.getAttribute("artifact"));
					}
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
					List.copyOf(evidence), List.copyOf(required), contributor(element),
					neutralTitle == null ? title : neutralTitle);
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

	public Areas areas() {
		return areas;
	}

	/** Contributions that could not be loaded (the rest still run). */
	public List<String> problems() {
		return problems;
	}
}
