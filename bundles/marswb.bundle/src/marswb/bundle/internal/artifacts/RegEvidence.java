package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;

import marswb.bundle.internal.format.RegFile;
import marswb.bundle.internal.format.RegKey;
import marswb.bundle.internal.format.RegValue;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Located;

/** Moves values of a {@code reg export} artifact into the model, each with the line it was written on. */
final class RegEvidence {

	private RegEvidence() {
	}

	/** Reads the file and reports its unreadable lines as problems of the artifact. */
	static RegFile read(ArtifactInput input, ParseContext context) throws IOException, ArtifactFormatException {
		RegFile file = RegFile.read(input);
		file.problems().forEach(context::problem);
		return file;
	}

	/** The key at this full path, or a problem saying the export does not hold it. */
	static Optional<RegKey> requiredKeyAt(RegFile file, String path, ParseContext context) {
		Optional<RegKey> key = file.key(path);
		if (key.isEmpty()) {
			context.problem("the export has no key " + path);
		}
		return key;
	}

	/** The key, or a problem saying the export does not hold it. */
	static Optional<RegKey> requiredKey(RegFile file, String suffix, ParseContext context) {
		Optional<RegKey> key = file.keyEndingWith(suffix);
		if (key.isEmpty()) {
			context.problem("the export has no key ending with " + suffix);
		}
		return key;
	}

	/**
	 * Sets an Integer feature from a DWORD value. A DWORD above 0x7fffffff (e.g. {@code Enabled=dword:ffffffff},
	 * which Windows reads as "on") is kept with the same 32 bits, i.e. as a negative Integer.
	 */
	static void setDword(ParseContext context, Located owner, EAttribute feature, RegKey key, String name) {
		key.value(name).ifPresent(value -> {
			Optional<Long> number = value.type() == RegValue.REG_DWORD ? value.number() : Optional.empty();
			if (number.isPresent()) {
				context.set(owner, feature, (int) number.get().longValue(), value.line(), value.raw());
			} else {
				wrongType(context, value, "REG_DWORD");
			}
		});
	}

	/** Sets a String feature from a REG_SZ or REG_EXPAND_SZ value, kept as written (not expanded). */
	static void setString(ParseContext context, Located owner, EAttribute feature, RegKey key, String name) {
		key.value(name).ifPresent(value -> {
			value.string().ifPresentOrElse(text -> context.set(owner, feature, text, value.line(), value.raw()),
					() -> wrongType(context, value, "REG_SZ"));
		});
	}

	private static void wrongType(ParseContext context, RegValue value, String expected) {
		context.problem("line " + value.line() + ": '" + value.name() + "' is " + value.typeName() + ", expected "
				+ expected + "; not read");
	}
}
