package marswb.tests.support.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Check plugins written by the test itself: a p2 repository (a folder, or a zip of one) that offers plugin
 * features, and plugin bundles to install into the running framework, healthy or broken. The repository holds
 * metadata only (its features and bundles have no artifacts), which is all that listing and installing through p2
 * read; the bundles' code, if any, comes from the jars installed into the framework.
 *
 * @since 0.1
 */
public final class PluginFixtures {

	/** The version of every feature and bundle written here. */
	public static final String VERSION = "1.0.0";

	/** A plugin feature: its id (without {@code .feature.group}), its name and its bundles' symbolic names. */
	public record FeatureSpec(String id, String name, List<String> bundles) {
	}

	private PluginFixtures() {
	}

	/** Writes a p2 repository offering the features into {@code folder}: metadata only, no bundle has its jar. */
	public static Path repository(Path folder, List<FeatureSpec> features) throws IOException {
		return repository(folder, features, Map.of());
	}

	/**
	 * Writes a p2 repository offering the features into {@code folder} (content.xml and artifacts.xml); a bundle
	 * named in {@code jars} comes with that jar as its artifact (in plugins/), installed as p2 installs a bundle.
	 */
	public static Path repository(Path folder, List<FeatureSpec> features, Map<String, Path> jars)
			throws IOException {
		Files.createDirectories(folder.resolve("plugins"));
		StringBuilder units = new StringBuilder();
		StringBuilder artifacts = new StringBuilder();
		int count = 0;
		for (FeatureSpec feature : features) {
			StringBuilder requires = new StringBuilder();
			for (String bundle : feature.bundles()) {
				requires.append("        <required namespace='org.eclipse.equinox.p2.iu' name='").append(bundle)
						.append("' range='[").append(VERSION).append(',').append(VERSION).append("]'/>\n");
				Path jar = jars.get(bundle);
				String artifact = "";
				if (jar != null) {
					Path copy = folder.resolve("plugins").resolve(bundle + "_" + VERSION + ".jar");
					Files.copy(jar, copy);
					String key = "<artifact classifier='osgi.bundle' id='" + bundle + "' version='" + VERSION + "'";
					artifacts.append("    ").append(key).append(">\n      <properties size='1'>\n")
							.append("        <property name='download.size' value='").append(Files.size(copy))
							.append("'/>\n      </properties>\n    </artifact>\n");
					artifact = "      <artifacts size='1'>\n        " + key + "/>\n      </artifacts>\n"
							+ "      <touchpoint id='org.eclipse.equinox.p2.osgi' version='1.0.0'/>\n"
							+ "      <touchpointData size='1'>\n        <instructions size='1'>\n"
							+ "          <instruction key='manifest'>Bundle-SymbolicName: " + bundle
							+ "&#xA;Bundle-Version: " + VERSION + "</instruction>\n"
							+ "        </instructions>\n      </touchpointData>\n";
				}
				units.append(unit(bundle, "        <property name='org.eclipse.equinox.p2.name' value='" + bundle
						+ "'/>\n", 1, artifact)).append('\n');
				count++;
			}
			String properties = "        <property name='org.eclipse.equinox.p2.name' value='" + escape(feature.name())
					+ "'/>\n        <property name='org.eclipse.equinox.p2.type.group' value='true'/>\n";
			units.append(unit(feature.id() + ".feature.group", properties, 2,
					"      <requires size='" + feature.bundles().size() + "'>\n" + requires + "      </requires>\n"))
					.append('\n');
			count++;
		}
		Files.writeString(folder.resolve("content.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?metadataRepository version='1.2.0'?>
				<repository name='Test plugins' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
				  <properties size='1'>
				    <property name='p2.timestamp' value='1700000000000'/>
				  </properties>
				  <units size='%d'>
				%s  </units>
				</repository>
				""".formatted(count, units), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("artifacts.xml"), """
				<?xml version='1.0' encoding='UTF-8'?>
				<?artifactRepository version='1.1.0'?>
				<repository name='Test plugins' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
				  <properties size='1'>
				    <property name='p2.timestamp' value='1700000000000'/>
				  </properties>
				  <mappings size='2'>
				    <rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/>
				    <rule filter='(&amp; (classifier=org.eclipse.update.feature))' output='${repoUrl}/features/${id}_${version}.jar'/>
				  </mappings>
				  <artifacts size='%d'>
				%s  </artifacts>
				</repository>
				""".formatted(jars.keySet().stream().filter(b -> features.stream().anyMatch(f -> f.bundles().contains(b)))
				.count(), artifacts), StandardCharsets.UTF_8);
		return folder;
	}

	private static String unit(String id, String properties, int propertyCount, String more) {
		return """
				    <unit id='%1$s' version='%2$s'>
				      <properties size='%3$d'>
				%4$s      </properties>
				      <provides size='1'>
				        <provided namespace='org.eclipse.equinox.p2.iu' name='%1$s' version='%2$s'/>
				      </provides>
				%5$s    </unit>""".formatted(id, VERSION, propertyCount, properties, more).stripTrailing();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("'", "&apos;").replace("<", "&lt;");
	}

	/** A zip of the repository folder's files, as a vendor hands over a repository. */
	public static Path zip(Path repository, Path zip) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
				Stream<Path> files = Files.walk(repository)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				out.putNextEntry(new ZipEntry(repository.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, out);
				out.closeEntry();
			}
		}
		return zip;
	}

	/**
	 * The plugin.xml of a broken plugin {@code com.example.<name>}: it contributes the check {@code example.<name>},
	 * whose class {@code com.example.<name>.Missing} its bundle does not have, so the bundle resolves and the check
	 * cannot be created.
	 */
	public static String checkWithoutItsClass(String name) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<?eclipse version="3.4"?>
				<plugin>
				   <extension point="marswb.engine.checks">
				      <check id="example.%1$s" area="basics" kb="basic-troubleshooting" severity="low"
				            title="A check without its class" class="com.example.%1$s.Missing"/>
				   </extension>
				</plugin>
				""".formatted(name);
	}

	/**
	 * Writes a plugin bundle's jar: its manifest, with {@code requireBundle} (null for none) as its Require-Bundle,
	 * and {@code pluginXml} (null for none) as its plugin.xml.
	 */
	public static Path bundleJar(Path jar, String symbolicName, String requireBundle, String pluginXml)
			throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
		main.putValue("Bundle-Version", VERSION);
		if (requireBundle != null) {
			main.putValue("Require-Bundle", requireBundle);
		}
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			if (pluginXml != null) {
				out.putNextEntry(new JarEntry("plugin.xml"));
				out.write(pluginXml.getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return jar;
	}

	/**
	 * Installs the jar into the running framework and has the framework try to resolve it, as a start of the product
	 * does; uninstall the bundle when done.
	 */
	public static Bundle install(Path jar) throws BundleException {
		Bundle own = FrameworkUtil.getBundle(PluginFixtures.class);
		own.start(Bundle.START_TRANSIENT);
		BundleContext context = own.getBundleContext();
		Bundle bundle = context.installBundle(jar.toUri().toString());
		context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
		return bundle;
	}

	/**
	 * Uninstalls the bundles and waits until the framework let go of them, as it does on the product's next start:
	 * their extensions leave the registry then.
	 */
	public static void uninstall(List<Bundle> bundles) throws BundleException, InterruptedException {
		for (Bundle bundle : bundles) {
			bundle.uninstall();
		}
		CountDownLatch refreshed = new CountDownLatch(1);
		FrameworkUtil.getBundle(PluginFixtures.class).getBundleContext().getBundle(0).adapt(FrameworkWiring.class)
				.refreshBundles(bundles, event -> refreshed.countDown());
		if (!refreshed.await(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the framework did not refresh after uninstalling " + bundles);
		}
	}
}
