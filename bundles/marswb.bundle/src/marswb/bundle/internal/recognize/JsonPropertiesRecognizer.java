package marswb.bundle.internal.recognize;

import java.util.List;
import java.util.regex.Pattern;

import marswb.bundle.spi.Sample;

/**
 * PowerShell's {@code ConvertTo-Json} of one kind of object, by property names near its start. Data: the property
 * names it must have, comma-separated ({@code JobId,JobStatus}).
 */
public final class JsonPropertiesRecognizer extends ConfiguredRecognizer {

	private List<String> names;
	private List<Pattern> properties;

	@Override
	void configure(String data) {
		names = List.of(data.split("\\s*,\\s*"));
		properties = names.stream().map(name -> Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:")).toList();
	}

	@Override
	public String recognize(Sample sample) {
		String text = sample.text();
		int start = start(text);
		if (!text.startsWith("{", start) && !text.startsWith("[", start)) {
			return null;
		}
		for (Pattern property : properties) {
			if (!property.matcher(text).find()) {
				return null;
			}
		}
		return "JSON with " + String.join(", ", names);
	}
}
