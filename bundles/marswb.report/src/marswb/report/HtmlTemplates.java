package marswb.report;

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

import marswb.report.internal.Messages;

/**
 * The set-up of our self-contained HTML pages (the report, the command line's triage page): templates are read from
 * the {@code templates/} folder of the bundle that owns them, and a {@code .ftlh} template escapes every value as
 * HTML unless the template says otherwise ({@code ?no_esc}, for our own constants only). A template error is thrown,
 * never written into half a page, and a template cannot create Java objects. Each page gets the texts of its
 * bundle's NLS messages class as {@code t} and {@code fmt} to fill in their placeholders, so templates hold no
 * language. Hand a page plain strings, lists and maps only: a template should not call into the model.
 *
 * @since 0.1
 */
public final class HtmlTemplates {

	private static final String FOLDER = "/templates/";

	private final Class<?> owner;
	private final Class<?> messages;
	private final Configuration configuration;

	/**
	 * @param owner    a class of the bundle whose {@code templates/} folder holds the templates
	 * @param messages its NLS messages class, whose public static strings become {@code t}
	 */
	public HtmlTemplates(Class<?> owner, Class<?> messages) {
		this.owner = owner;
		this.messages = messages;
		configuration = new Configuration(Configuration.VERSION_2_3_35);
		configuration.setTemplateLoader(new ClassTemplateLoader(owner, FOLDER));
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
	}

	/**
	 * The policy of a page that loads nothing: only its own inline style and script, named by their hashes, apply.
	 * Without a script, scripts stay off altogether.
	 */
	public static String contentSecurityPolicy(String style, String script) {
		return "default-src 'none'; style-src '" + Html.cspHash(style) + "'; script-src '" + Html.cspHash(script)
				+ "'; img-src 'none'; base-uri 'none'; form-action 'none'";
	}

	/** Renders {@code name} from the templates folder with {@code model}, adding {@code t} and {@code fmt}. */
	public String render(String name, Map<String, Object> model) {
		Map<String, Object> root = new HashMap<>(model);
		root.put("t", texts());
		root.put("fmt", (TemplateMethodModelEx) HtmlTemplates::format);
		StringWriter out = new StringWriter(64 * 1024);
		try {
			configuration.getTemplate(name).process(root, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (TemplateException e) {
			throw new IllegalStateException("template " + name + ": " + e.getMessage(), e);
		}
		return out.toString();
	}

	/** A file of the templates folder as text, for a style or script whose hash the page's policy names. */
	public String text(String name) {
		try (InputStream in = owner.getResourceAsStream(FOLDER + name)) {
			if (in == null) {
				throw new IllegalStateException("no template file " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every text of the messages class by its key, in the language NLS loaded. */
	private Map<String, String> texts() {
		Map<String, String> texts = new HashMap<>();
		for (Field field : messages.getFields()) {
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
