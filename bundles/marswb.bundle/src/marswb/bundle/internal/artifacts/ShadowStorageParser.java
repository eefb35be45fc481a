package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;

import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.ShadowStorage;

/**
 * Reads system/shadowstorage.txt ({@code vssadmin list shadowstorage}): one {@link ShadowStorage} per
 * {@code Shadow Copy Storage association} block. vssadmin prints sizes rounded to three digits in binary units
 * (1 KB = 1024 bytes), so the byte counts are approximations of the real sizes.
 */
public final class ShadowStorageParser implements ArtifactParser {

	private static final String ASSOCIATION = "Shadow Copy Storage association";
	private static final String NO_ITEMS = "No items found that satisfy the query.";
	private static final Pattern FOR_VOLUME = Pattern.compile("\\s*For volume:\\s*(.*?)\\s*");
	private static final Pattern STORAGE_VOLUME = Pattern.compile("\\s*Shadow Copy Storage volume:\\s*(.*?)\\s*");
	private static final Pattern SPACE = Pattern
			.compile("\\s*(Used|Allocated|Maximum) Shadow Copy Storage space:\\s*(.*?)\\s*");
	/**
	 * A size such as {@code 1.93 GB (1%)}; an empty association is {@code 0 bytes (0%)}, and older vssadmin prints no
	 * share in parentheses.
	 */
	private static final Pattern SIZE = Pattern.compile(
			"(\\d{1,6}(?:[.,]\\d{1,6})?)\\s*(bytes|B|KB|MB|GB|TB|PB|EB)(?:\\s*\\((\\d{1,3})%\\))?", Pattern.CASE_INSENSITIVE);
	private static final Pattern UNBOUNDED = Pattern.compile("UNBOUNDED(?:\\s*\\((\\d{1,3})%\\))?",
			Pattern.CASE_INSENSITIVE);
	/** {@code (C:)\\?\Volume{...}\}: the drive letter in parentheses, then the volume name. */
	private static final Pattern VOLUME = Pattern.compile("\\(([^)]*)\\).*");
	private static final List<String> UNITS = List.of("B", "KB", "MB", "GB", "TB", "PB", "EB");

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		List<Line> lines = ConsoleOutput.read(input, context, 100_000).nonBlank();
		if (lines.isEmpty()) {
			throw new ArtifactFormatException("empty file: no vssadmin output");
		}
		List<ShadowStorage> storages = new ArrayList<>();
		ShadowStorage storage = null;
		boolean recognised = false;
		for (Line line : lines) {
			String text = line.text().strip();
			if (text.equals(NO_ITEMS)) {
				recognised = true;
			} else if (text.startsWith("Error:")) {
				throw new ArtifactFormatException("vssadmin reported " + ConsoleOutput.quote(line), line.number());
			} else if (text.equals(ASSOCIATION)) {
				recognised = true;
				storage = ServerFactory.eINSTANCE.createShadowStorage();
				storages.add(storage);
				context.add(context.server(), Literals.SERVER__SHADOW_STORAGES, storage, line.number(), text);
				context.located(storage, line.number(), text);
			} else if (storage != null) {
				readField(context, storage, line);
			}
		}
		if (!recognised) {
			throw new ArtifactFormatException("no '" + ASSOCIATION + "' and no '" + NO_ITEMS
					+ "' (localized output?): first line " + ConsoleOutput.quote(lines.get(0)), lines.get(0).number());
		}
		for (ShadowStorage each : storages) {
			if (each.getForVolume() == null) {
				context.problem("a shadow copy storage association without its 'For volume' line");
			}
		}
	}

	private static void readField(ParseContext context, ShadowStorage storage, Line line) {
		Matcher m;
		if ((m = FOR_VOLUME.matcher(line.text())).matches()) {
			setVolume(context, storage, Literals.SHADOW_STORAGE__FOR_VOLUME, line, m.group(1));
		} else if ((m = STORAGE_VOLUME.matcher(line.text())).matches()) {
			setVolume(context, storage, Literals.SHADOW_STORAGE__STORAGE_VOLUME, line, m.group(1));
		} else if ((m = SPACE.matcher(line.text())).matches()) {
			readSpace(context, storage, line, m.group(1), m.group(2));
		}
	}

	/** A drive letter as {@code C:}; a volume without one keeps what vssadmin printed in the parentheses. */
	private static void setVolume(ParseContext context, ShadowStorage storage, EAttribute feature, Line line,
			String text) {
		Matcher m = VOLUME.matcher(text);
		String volume = m.matches() && !m.group(1).isBlank() ? m.group(1) : text;
		if (volume.isEmpty()) {
			context.problem("line " + line.number() + ": no volume named");
			return;
		}
		context.set(storage, feature, volume, line.number(), volume);
	}

	private static void readSpace(ParseContext context, ShadowStorage storage, Line line, String which, String text) {
		boolean maximum = which.equals("Maximum");
		Matcher unbounded = UNBOUNDED.matcher(text);
		if (maximum && unbounded.matches()) {
			context.set(storage, Literals.SHADOW_STORAGE__MAXIMUM_UNBOUNDED, true, line.number(), text);
			if (unbounded.group(1) != null) {
				context.set(storage, Literals.SHADOW_STORAGE__MAXIMUM_PERCENT, Integer.valueOf(unbounded.group(1)),
						line.number(), unbounded.group(1) + "%");
			}
			return;
		}
		Matcher size = SIZE.matcher(text);
		if (!size.matches()) {
			context.problem("line " + line.number() + ": '" + text + "' is not a size such as 1.93 GB (1%)");
			return;
		}
		Long bytes = bytes(size.group(1), size.group(2));
		if (bytes == null) {
			context.problem("line " + line.number() + ": '" + text + "' is too large");
			return;
		}
		String raw = size.group(1) + text.substring(size.end(1), size.end(2));
		switch (which) {
		case "Used" -> context.set(storage, Literals.SHADOW_STORAGE__USED_BYTES, bytes, line.number(), raw);
		case "Allocated" -> context.set(storage, Literals.SHADOW_STORAGE__ALLOCATED_BYTES, bytes, line.number(), raw);
		default -> {
			context.set(storage, Literals.SHADOW_STORAGE__MAXIMUM_BYTES, bytes, line.number(), raw);
			context.set(storage, Literals.SHADOW_STORAGE__MAXIMUM_UNBOUNDED, false, line.number(), text);
			if (size.group(3) != null) {
				context.set(storage, Literals.SHADOW_STORAGE__MAXIMUM_PERCENT, Integer.valueOf(size.group(3)),
						line.number(), size.group(3) + "%");
			}
		}
		}
	}

	/** Size in bytes, null past Long; a decimal comma (localized number format) is read like a point. */
	static Long bytes(String number, String unit) {
		String upper = unit.toUpperCase(Locale.ROOT);
		int power = upper.equals("BYTES") ? 0 : UNITS.indexOf(upper);
		BigDecimal value = new BigDecimal(number.replace(',', '.')).multiply(BigDecimal.valueOf(1024).pow(power));
		try {
			return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
		} catch (ArithmeticException e) {
			return null;
		}
	}
}
