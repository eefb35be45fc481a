package marswb.engine;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import marswb.engine.internal.Messages;
import marswb.model.diagnosis.DiagnosisPackage;
import marswb.model.edit.names.DisplayNames;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;

/**
 * Values of the model as people read them, in the platform's language: sizes in GB and GiB, moments in the server's
 * local time with UTC beside, calendar days in the server's calendar, the UTC offset as {@code UTC+08:00},
 * enumerations and yes/no as words. Machine output (JSON, baselines) writes the model's values instead; the byte
 * count behind a size is {@link #byteCount}, for a tooltip or to stand beside it.
 */
public final class DisplayValues {

	private static final Set<EAttribute> BYTES = Set.of(Literals.ARTIFACT__SIZE_BYTES, Literals.VOLUME__SIZE,
			Literals.VOLUME__SIZE_REMAINING, Literals.SHADOW_STORAGE__USED_BYTES,
			Literals.SHADOW_STORAGE__ALLOCATED_BYTES, Literals.SHADOW_STORAGE__MAXIMUM_BYTES);

	/** Dates that are a day in the server's calendar (a file name's date, an update's install day), not a moment. */
	private static final Set<EAttribute> DAYS = Set.of(Literals.HOTFIX__INSTALLED_ON,
			Literals.FAILED_FILES_LIST__FILE_NAME_DATE, Literals.VAULT_CREDENTIALS__FILE_NAME_DATE);

	/**
	 * Enumerations that the bundle holds as text because PowerShell 5.1 may write them as numbers whose names are
	 * not published: a number is said to be one, never given a name.
	 */
	private static final Set<EAttribute> ENUM_TEXTS = Set.of(Literals.JOB__JOB_TYPE, Literals.JOB__JOB_STATE);

	private DisplayValues() {
	}

	/** The attribute's value on {@code owner} as people read it; null when the bundle did not say. */
	public static String of(EObject owner, EAttribute attribute) {
		return value(attribute, owner.eGet(attribute),
				EcoreUtil.getRootContainer(owner) instanceof Server server ? server : null);
	}

	/**
	 * A value of {@code attribute} as people read it, its moments in {@code server}'s local time (null: offset not
	 * known); for a value that is no longer in the model, such as one side of a comparison. Null stays null.
	 */
	public static String value(EAttribute attribute, Object value, Server server) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> many) {
			return many.isEmpty() ? null
					: many.stream().map(v -> one(server, attribute, v)).collect(Collectors.joining(", "));
		}
		return one(server, attribute, value);
	}

	/**
	 * A moment as people read it, the one way every view, report and command line text writes a job's or an event's
	 * time: the server's local time with its offset, then UTC, e.g. {@code 2026-11-19 22:00:06 (UTC+08:00) ·
	 * 14:00:06 UTC}; the UTC date is repeated only when it is another day. A server on UTC reads
	 * {@code 2026-11-19 14:00:06 UTC}; without the offset (no manifest, a hand-gathered bundle) the time is UTC and
	 * says that the server's offset is not known.
	 */
	public static String time(Date date, Server server) {
		Integer minutes = server == null ? null : server.getLocalUtcOffsetMinutes();
		String utc = ServerDates.time(date);
		if (minutes == null) {
			return NLS.bind(Messages.Values_offsetUnknown, utc);
		}
		if (minutes == 0) {
			return utc;
		}
		ZoneOffset offset = ZoneOffset.ofTotalSeconds(minutes * 60);
		String local = ServerDates.TIME.withZone(offset).format(date.toInstant());
		String utcText = local.substring(0, 10).equals(utc.substring(0, 10)) ? utc.substring(11) : utc;
		return local + " (UTC" + offset.getId() + ") \u00b7 " + utcText;
	}

	/**
	 * An object in one line, its attributes that the bundle set as {@code name=value} by their display names and
	 * readable values, for an object the reader has no row of its own for (a plugin's, one side of a comparison).
	 */
	public static String attributes(EObject object) {
		List<String> parts = new ArrayList<>();
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			String value = of(object, attribute);
			if (value != null) {
				parts.add(DisplayNames.of(attribute) + "=" + value);
			}
		}
		return String.join(", ", parts);
	}

	/** True for attributes that hold a number of bytes (shown as GB and GiB, the byte count in a tooltip). */
	public static boolean isByteSize(EAttribute attribute) {
		return BYTES.contains(attribute);
	}

	/**
	 * A size as {@code 51.8 GB (48.2 GiB)}: decimal as the article's thresholds and the portal count, binary beside as
	 * Windows Explorer counts; below a gigabyte in MB (MiB), below a megabyte in KB (KiB), so that a log file does
	 * not read 0.0 GB.
	 */
	public static String bytes(long bytes) {
		if (bytes < 1_000_000) {
			return String.format(Locale.ROOT, "%.1f KB (%.1f KiB)", bytes / 1e3, bytes / 1024.0);
		}
		if (bytes < 1_000_000_000) {
			return String.format(Locale.ROOT, "%.1f MB (%.1f MiB)", bytes / 1e6, bytes / (double) (1L << 20));
		}
		return String.format(Locale.ROOT, "%.1f GB (%.1f GiB)", bytes / 1e9, bytes / (double) (1L << 30));
	}

	/** The exact count, e.g. {@code 51,754,355,917 bytes}. */
	public static String byteCount(long bytes) {
		return NLS.bind(Messages.Values_byteCount, String.format(Locale.ROOT, "%,d", bytes));
	}

	private static String one(Server server, EAttribute attribute, Object value) {
		if (value instanceof Long bytes && isByteSize(attribute)) {
			return bytes(bytes);
		}
		if (value instanceof Date date) {
			return DAYS.contains(attribute) ? ServerDates.day(date, server) : time(date, server);
		}
		if (value instanceof Boolean yes) {
			return yes ? Messages.Values_yes : Messages.Values_no;
		}
		if (value instanceof Enumerator literal && attribute.getEAttributeType() instanceof EEnum type) {
			return DisplayNames.of(literal, type);
		}
		if (attribute == DiagnosisPackage.Literals.FINDING__AREA && value instanceof String area) {
			return Areas.platform().name(area);
		}
		if (attribute == Literals.SERVER__LOCAL_UTC_OFFSET_MINUTES && value instanceof Integer minutes) {
			return minutes == 0 ? "UTC" : "UTC" + ZoneOffset.ofTotalSeconds(minutes * 60).getId();
		}
		if (ENUM_TEXTS.contains(attribute) && value instanceof String text && text.matches("-?\\d+")) {
			return NLS.bind(Messages.Values_unnamedNumber, text);
		}
		return String.valueOf(value);
	}
}
