package marswb.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * The FreeMarker set-up of the reports: templates are read from the bundle's {@code templates/} folder, and a
 * {@code .ftlh} template escapes every value as HTML unless the template says otherwise. Each page gets the texts of
 * {@link Messages} as {@code t} and {@code fmt} to fill in their placeholders, so templates hold no language.
 */
public final class Templates {

	private static final String FOLDER = "/templates/";
	private static final Configuration CONFIGURATION = configuration();

	private Templates() {
	}

	private static Configuration configuration() {
		Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
		configuration.setTemplateLoader(new ClassTemplateLoader(Templates.class, FOLDER));
		configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
		configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
		configuration.setLocale(Locale.ROOT);
		configuration.setNumberFormat("computer");
		// a template error is our bug: fail the export rather than write half a page, and leave logging to the caller
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setWrapUncheckedExceptions(true);
		configuration.setFallbackOnNullLoopVariable(false);
		configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		return configuration;
	}

	/** Renders {@code name} from the templates folder with {@code model}, adding {@code t} and {@code fmt}. */
	public static String render(String name, Map<String, Object> model) {
		Map<String, Object> root = new HashMap<>(model);
		root.put("t", texts());
		root.put("fmt", (TemplateMethodModelEx) Templates::format);
		StringWriter out = new StringWriter(64 * 1024);
		try {
			CONFIGURATION.getTemplate(name).process(root, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (TemplateException e) {
			throw new IllegalStateException("template " + name + ": " + e.getMessage(), e);
		}
		return out.toString();
	}

	/** A file of the templates folder as text, for the style and script whose hashes the page's policy names. */
	public static String text(String name) {
		try (InputStream in = Templates.class.getResourceAsStream(FOLDER + name)) {
			if (in == null) {
				throw new IllegalStateException("no template file " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every text of {@link Messages} by its key, in the language NLS loaded. */
	private static Map<String, String> texts() {
		Map<String, String> texts = new HashMap<>();
		for (Field field : Messages.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					texts.put(field.getName(), (String) field.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return texts;
	}

	private static Object format(List<?> arguments) throws TemplateModelException {
		if (arguments.isEmpty()) {
			throw new TemplateModelException("fmt needs a text");
		}
		Object[] values = new Object[arguments.size() - 1];
		for (int i = 1; i < arguments.size(); i++) {
			values[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
		}
		return Messages.format(String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0))),
				values);
	}
}
