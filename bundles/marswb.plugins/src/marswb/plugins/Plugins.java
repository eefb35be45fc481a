package marswb.plugins;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.internal.p2.director.app.DirectorApplication;
import org.eclipse.equinox.internal.p2.director.app.ILog;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.spi.IAgentServiceFactory;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

import marswb.engine.Analyzer;
import marswb.plugins.internal.LocalTransport;

/**
 * The check plugins installed into the running product, and installing and removing them through p2's director,
 * the way Eclipse installs features. A plugin is a feature installed as a root of the product's p2 profile that is
 * not the product's own ({@code marswb.*}). Changes take effect at the product's next start.
 */
public final class Plugins {

	/** A bundle of a plugin; {@code problem} is null when the bundle resolved and its contributions loaded. */
	public record PluginBundle(String id, String version, String problem) {
	}

	/** An installed plugin feature and its bundles. */
	public record Plugin(String id, String version, String name, List<PluginBundle> bundles) {

		/** Every bundle resolved and every contribution loaded. */
		public boolean ok() {
			return bundles.stream().allMatch(b -> b.problem() == null);
		}
	}

	/** A feature that a repository offers. */
	public record Feature(String id, String version, String name) {
	}

	/** What installing one feature did: installed, or why not. */
	public record Result(String featureId, boolean done, String message) {
	}

	private static final String GROUP = ".feature.group";
	private static final String OURS = "marswb.";

	private final Path installDir;
	private final String profileId;

	private Plugins(Path installDir, String profileId) {
		this.installDir = installDir;
		this.profileId = profileId;
	}

	/** The running product (its install folder and p2 profile). */
	public static Plugins running() {
		try {
			Path install = Path.of(Platform.getInstallLocation().getURL().toURI());
			return new Plugins(install, System.getProperty("eclipse.p2.profile", "DefaultProfile"));
		} catch (URISyntaxException e) {
			throw new IllegalStateException("the install location is no file: " + e.getMessage(), e);
		}
	}

	/**
	 * The installation in a folder, managed through the p2 profile of that id in its {@code p2} folder; the state of
	 * a plugin's bundles is still read from the running framework.
	 */
	public static Plugins of(Path installDir, String profileId) {
		return new Plugins(installDir.toAbsolutePath().normalize(), profileId);
	}

	/** The plugins installed, by id, each with its bundles' state in this run. */
	public List<Plugin> installed() throws PluginException {
		List<String> registryProblems = Analyzer.platform().registryProblems();
		return withAgent(agent -> {
			IProfile profile = profile(agent);
			List<IInstallableUnit> all = profile.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet()
					.stream().toList();
			List<Plugin> plugins = new ArrayList<>();
			for (IInstallableUnit group : roots(profile)) {
				List<PluginBundle> bundles = new ArrayList<>();
				for (IRequirement requirement : group.getRequirements()) {
					for (IInstallableUnit iu : all) {
						if (!iu.getId().endsWith(".feature.jar") && !QueryUtil.isGroup(iu) && iu.satisfies(requirement)) {
							bundles.add(bundle(iu, registryProblems));
						}
					}
				}
				bundles.sort(Comparator.comparing(PluginBundle::id));
				plugins.add(new Plugin(featureId(group), group.getVersion().toString(),
						group.getProperty(IInstallableUnit.PROP_NAME, null), List.copyOf(bundles)));
			}
			plugins.sort(Comparator.comparing(Plugin::id));
			return plugins;
		});
	}

	/** The features a p2 repository (a folder or a zip) offers. */
	public List<Feature> offered(Path repository) throws PluginException {
		URI location = location(repository);
		return withAgent(agent -> {
			IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
			boolean known = manager.contains(location);
			try {
				IMetadataRepository metadata = manager.loadRepository(location, new NullProgressMonitor());
				List<Feature> features = new ArrayList<>();
				for (IInstallableUnit group : metadata.query(QueryUtil.createIUGroupQuery(), null)
						.toUnmodifiableSet()) {
					if (!group.getId().startsWith(OURS)) {
						features.add(new Feature(featureId(group), group.getVersion().toString(),
								group.getProperty(IInstallableUnit.PROP_NAME, null)));
					}
				}
				features.sort(Comparator.comparing(Feature::id));
				return features;
			} finally {
				if (!known) {
					manager.removeRepository(location);
				}
			}
		});
	}

	/**
	 * Installs features of the repository, each on its own, so that one this product cannot take (a workbench view
	 * offered to the command line) leaves the others installed and says why. {@code featureIds} empty: every feature
	 * the repository offers.
	 */
	public List<Result> install(Path repository, List<String> featureIds) throws PluginException {
		List<String> ids = featureIds.isEmpty() ? offered(repository).stream().map(Feature::id).toList() : featureIds;
		if (ids.isEmpty()) {
			throw new PluginException("the repository " + repository + " offers no feature");
		}
		String location = location(repository).toString();
		List<Result> results = new ArrayList<>();
		for (String id : ids) {
			results.add(director(id, "-repository", location, "-installIU", featureId(id) + GROUP));
		}
		return results;
	}

	/**
	 * Uninstalls a plugin feature (its id, as listed), with the plugin features installed on top of it (a plugin's
	 * view requires its checks): p2 would refuse to leave them without it.
	 */
	public Result uninstall(String featureId) throws PluginException {
		String id = featureId(featureId);
		if (id.startsWith(OURS)) {
			throw new PluginException(id + " is part of the product, not a plugin");
		}
		List<String> groups = withAgent(agent -> {
			List<IInstallableUnit> roots = roots(profile(agent));
			IInstallableUnit target = roots.stream().filter(g -> g.getId().equals(id + GROUP)).findFirst()
					.orElseThrow(() -> new PluginException("no plugin " + id + " is installed"));
			List<String> ids = new ArrayList<>(List.of(target.getId()));
			for (IInstallableUnit root : roots) {
				if (root != target && root.getRequirements().stream().anyMatch(target::satisfies)) {
					ids.add(root.getId());
				}
			}
			return ids;
		});
		return director(String.join(", ", groups.stream().map(Plugins::featureId).toList()), "-uninstallIU",
				String.join(",", groups));
	}

	/** The plugin features: roots of the profile that are not the product's own. */
	private static List<IInstallableUnit> roots(IProfile profile) {
		List<IInstallableUnit> roots = new ArrayList<>();
		for (IInstallableUnit group : profile.query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet()) {
			if (Boolean.parseBoolean(profile.getInstallableUnitProperty(group, IProfile.PROP_PROFILE_ROOT_IU))
					&& !group.getId().startsWith(OURS)) {
				roots.add(group);
			}
		}
		return roots;
	}

	private Result director(String featureId, String... operation) throws PluginException {
		List<String> args = new ArrayList<>(List.of(operation));
		args.addAll(List.of("-destination", installDir.toString(), "-profile", profileId));
		// the director prints a failure and logs it as a status too: each line once
		Set<String> messages = new LinkedHashSet<>();
		return withTransport(() -> {
			DirectorApplication director = new DirectorApplication();
			director.setLog(new ILog() {
				@Override
				public void log(String message) {
					// progress lines ("Installing ...", "Operation completed in ...") are not the user's concern
				}

				@Override
				public void printOut(String message) {
					// the same progress lines
				}

				@Override
				public void printErr(String message) {
					message.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(messages::add);
				}

				@Override
				public void log(IStatus status) {
					append(messages, status);
				}

				@Override
				public void close() {
					// messages are kept in memory
				}
			});
			Object exit = director.run(args.toArray(new String[0]));
			boolean done = Integer.valueOf(0).equals(exit);
			return new Result(featureId, done, String.join("\n", messages));
		});
	}

	private static void append(Set<String> messages, IStatus status) {
		if (status.getMessage() != null) {
			status.getMessage().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(messages::add);
		}
		for (IStatus child : status.getChildren()) {
			append(messages, child);
		}
	}

	private static PluginBundle bundle(IInstallableUnit iu, List<String> registryProblems) {
		// Platform.getBundle leaves out a bundle that did not resolve, which is the one to explain
		Bundle bundle = Arrays.stream(context().getBundles()).filter(b -> iu.getId().equals(b.getSymbolicName()))
				.findFirst().orElse(null);
		String problem = null;
		if (bundle == null) {
			problem = "not installed in this run (start the product again)";
		} else if (bundle.getState() == Bundle.INSTALLED) {
			problem = unresolved(bundle);
		} else {
			String contributor = " of " + iu.getId() + " ";
			List<String> own = registryProblems.stream().filter(p -> p.contains(contributor)).toList();
			problem = own.isEmpty() ? null : String.join("; ", own);
		}
		return new PluginBundle(iu.getId(), iu.getVersion().toString(), problem);
	}

	/** The framework's own words on why the bundle does not resolve: starting it fails with them. */
	private static String unresolved(Bundle bundle) {
		try {
			bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
			return null;
		} catch (BundleException | IllegalStateException e) {
			return e.getMessage().replaceAll("\\s+", " ").strip();
		}
	}

	private IProfile profile(IProvisioningAgent agent) throws PluginException {
		IProfile profile = agent.getService(IProfileRegistry.class).getProfile(profileId);
		if (profile == null) {
			throw new PluginException("the product has no p2 profile " + profileId + " in " + installDir.resolve("p2")
					+ ": it was not installed by p2, so plugins cannot be managed");
		}
		return profile;
	}

	private static String featureId(IInstallableUnit group) {
		return featureId(group.getId());
	}

	private static String featureId(String id) {
		return id.endsWith(GROUP) ? id.substring(0, id.length() - GROUP.length()) : id;
	}

	/** A folder is a file: repository, a zip is read in place through jar:file:...!/. */
	private static URI location(Path repository) throws PluginException {
		Path path = repository.toAbsolutePath().normalize();
		if (Files.isDirectory(path)) {
			return path.toUri();
		}
		if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
			return URI.create("jar:" + path.toUri() + "!/");
		}
		throw new PluginException(repository + " is neither a p2 repository folder nor a zip of one");
	}

	private interface AgentWork<T> {
		T run(IProvisioningAgent agent) throws PluginException, ProvisionException;
	}

	private interface Work<T> {
		T run() throws PluginException;
	}

	private <T> T withAgent(AgentWork<T> work) throws PluginException {
		return withTransport(() -> {
			BundleContext context = context();
			ServiceReference<IProvisioningAgentProvider> reference = context
					.getServiceReference(IProvisioningAgentProvider.class);
			if (reference == null) {
				throw new PluginException("p2 is not running in this product");
			}
			IProvisioningAgent agent = null;
			try {
				agent = context.getService(reference).createAgent(installDir.resolve("p2").toUri());
				return work.run(agent);
			} catch (ProvisionException e) {
				throw new PluginException(e.getMessage(), e);
			} finally {
				if (agent != null) {
					agent.stop();
				}
				context.ungetService(reference);
			}
		});
	}

	/** p2 has no transport of its own: ours serves folders and zips while the work runs. */
	private static <T> T withTransport(Work<T> work) throws PluginException {
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put(IAgentServiceFactory.PROP_CREATED_SERVICE_NAME, Transport.SERVICE_NAME);
		ServiceRegistration<IAgentServiceFactory> registration = context()
				.registerService(IAgentServiceFactory.class, new LocalTransport.Factory(), properties);
		try {
			return work.run();
		} finally {
			registration.unregister();
		}
	}

	private static BundleContext context() {
		Bundle bundle = FrameworkUtil.getBundle(Plugins.class);
		try {
			bundle.start(Bundle.START_TRANSIENT);
		} catch (BundleException e) {
			throw new IllegalStateException(e);
		}
		return bundle.getBundleContext();
	}
}
