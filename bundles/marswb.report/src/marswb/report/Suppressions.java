package marswb.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import marswb.engine.MissingEvidence;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.DiagnosisFactory;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.diagnosis.Suppression;
import marswb.report.internal.Messages;

/**
 * A suppressions file (docs/schema/suppressions.schema.json): findings a support engineer has acknowledged, each
 * with a reason, an author and the last day it holds. Days are UTC calendar days, so one file gives the same
 * result on every machine of a team spread over several time zones. ERROR findings are never suppressed: they
 * are defects of a check, not states of the server. Immutable; {@link #with} and {@link #without} make new ones.
 */
public final class Suppressions {

	public static final String FORMAT = "marswb-suppressions/1";
	/** The name of the file the workbench keeps beside a bundle, where its baselines go. */
	public static final String FILE_NAME = "marswb-suppressions.json";

	private static final Set<String> KEYS = Set.of("check", "subject", "reason", "author", "expires");
	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/** One suppression; {@code subject} null applies to every finding of the check. */
	public record Entry(String check, String subject, String reason, String author, LocalDate expires) {

		public Entry {
			Objects.requireNonNull(check);
			Objects.requireNonNull(reason);
			Objects.requireNonNull(author);
			Objects.requireNonNull(expires);
		}

		/** The entry for exactly this finding: its check and its subject. */
		public static Entry of(Finding finding, String reason, String author, LocalDate expires) {
			return new Entry(finding.getCheck(), finding.getSubjectKey(), reason, author, expires);
		}

		/** Whether it names this finding; subjects compare without case, as the Windows names they mostly are. */
		public boolean matches(Finding finding) {
			return check.equals(finding.getCheck())
					&& (subject == null || subject.equalsIgnoreCase(Objects.requireNonNullElse(finding.getSubjectKey(), "")));
		}

		/** In force through the whole of its expiry day, UTC. */
		public boolean inForce(Clock clock) {
			return !today(clock).isAfter(expires);
		}
	}

	/** A suppressions file that cannot be used; the message names the file and, where known, the line. */
	public static final class FormatException extends IOException {

		private static final long serialVersionUID = 1L;

		FormatException(String message) {
			super(message);
		}
	}

	private final List<Entry> entries;

	public Suppressions(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	public List<Entry> entries() {
		return entries;
	}

	/** Where the workbench keeps the suppressions of a bundle: beside it, with its baselines. */
	public static Path beside(Path bundle) {
		Path folder = bundle.toAbsolutePath().getParent();
		return folder == null ? Path.of(FILE_NAME) : folder.resolve(FILE_NAME);
	}

	/** The day the clock is in, UTC: an entry holds while this is not after its expiry. */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** Whether a finding may be suppressed at all: any outcome but ERROR. */
	public static boolean suppressible(Finding finding) {
		return finding.getOutcome() != Outcome.ERROR;
	}

	/** Reads a file, or gives no suppressions when it does not exist. */
	public static Suppressions readIfExists(Path file) throws FormatException {
		return Files.exists(file) ? read(file) : new Suppressions(List.of());
	}

	public static Suppressions read(Path file) throws FormatException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new FormatException(Messages.format(Messages.Suppressions_missing, file));
		} catch (IOException e) {
			throw new FormatException(Messages.format(Messages.Suppressions_unreadable, file, e.getMessage()));
		}
		try (JsonParser parser = new JsonFactory().createParser(bytes)) {
			parser.setCodec(MAPPER);
			return parse(file, parser);
		} catch (JsonProcessingException e) {
			throw new FormatException(Messages.format(Messages.Suppressions_badJson, file,
					e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage()));
		} catch (IOException e) {
			throw new FormatException(Messages.format(Messages.Suppressions_unreadable, file, e.getMessage()));
		}
	}

	/** Walks the document as tokens, so that each entry's problem can name the line the entry starts on. */
	private static Suppressions parse(Path file, JsonParser parser) throws IOException {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw invalid(file, parser.currentLocation().getLineNr(), Messages.Suppressions_notObject);
		}
		String format = null;
		List<Entry> entries = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			int line = parser.currentLocation().getLineNr();
			JsonToken value = parser.nextToken();
			if (name.equals("format")) {
				format = value == JsonToken.VALUE_STRING ? parser.getText() : String.valueOf(parser.readValueAsTree());
				if (!FORMAT.equals(format)) {
					throw invalid(file, line, Messages.format(Messages.Suppressions_badFormat, format, FORMAT));
				}
			} else if (name.equals("suppressions")) {
				if (value != JsonToken.START_ARRAY) {
					throw invalid(file, line, Messages.Suppressions_notArray);
				}
				entries = new ArrayList<>();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					int start = parser.currentLocation().getLineNr();
					entries.add(entry(file, start, parser.readValueAsTree()));
				}
			} else {
				throw invalid(file, line, Messages.format(Messages.Suppressions_unknownKey, name));
			}
		}
		if (format == null) {
			throw invalid(file, 1, Messages.format(Messages.Suppressions_badFormat, null, FORMAT));
		}
		if (parser.nextToken() != null) {
			throw invalid(file, parser.currentLocation().getLineNr(), Messages.Suppressions_trailing);
		}
		return new Suppressions(entries == null ? List.of() : entries);
	}

	private static Entry entry(Path file, int line, JsonNode node) throws FormatException {
		if (!node.isObject()) {
			throw invalid(file, line, Messages.Suppressions_entryNotObject);
		}
		for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!KEYS.contains(name)) {
				// a misspelt "subject" must not silently widen a suppression to every subject of the check
				throw invalid(file, line, Messages.format(Messages.Suppressions_unknownKey, name));
			}
		}
		String expires = text(file, line, node, "expires", true);
		LocalDate day;
		try {
			day = LocalDate.parse(expires);
		} catch (DateTimeParseException e) {
			throw invalid(file, line, Messages.format(Messages.Suppressions_badDate, expires));
		}
		return new Entry(text(file, line, node, "check", true), text(file, line, node, "subject", false),
				text(file, line, node, "reason", true), text(file, line, node, "author", true), day);
	}

	private static String text(Path file, int line, JsonNode node, String name, boolean required)
			throws FormatException {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			if (required) {
				throw invalid(file, line, Messages.format(Messages.Suppressions_missingKey, name));
			}
			return null;
		}
		if (!value.isTextual() || value.asText().isBlank()) {
			throw invalid(file, line, Messages.format(Messages.Suppressions_notText, name));
		}
		return value.asText().strip();
	}

	private static FormatException invalid(Path file, int line, String problem) {
		return new FormatException(Messages.format(Messages.Suppressions_invalid, file, line, problem));
	}

	/** Written to a temporary file beside the target, then moved over it, so a crash never leaves half a file. */
	public void write(Path file) throws IOException {
		ObjectNode document = MAPPER.createObjectNode();
		document.put("format", FORMAT);
		ArrayNode list = document.putArray("suppressions");
		for (Entry entry : entries) {
			ObjectNode node = list.addObject();
			node.put("check", entry.check());
			if (entry.subject() != null) {
				node.put("subject", entry.subject());
			}
			node.put("reason", entry.reason());
			node.put("author", entry.author());
			node.put("expires", entry.expires().toString());
		}
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				MAPPER.writeValue(out, document);
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
	}

	/** These suppressions with the entry added, replacing one for the same check and subject. */
	public Suppressions with(Entry entry) {
		List<Entry> result = new ArrayList<>(entries);
		result.removeIf(e -> e.check().equals(entry.check()) && sameSubject(e.subject(), entry.subject()));
		result.add(entry);
		return new Suppressions(result);
	}

	/** These suppressions without any entry that names this finding, whatever its expiry. */
	public Suppressions without(Finding finding) {
		List<Entry> result = new ArrayList<>(entries);
		result.removeIf(e -> e.matches(finding));
		return new Suppressions(result);
	}

	private static boolean sameSubject(String a, String b) {
		return a == null ? b == null : a.equalsIgnoreCase(b);
	}

	/** The entry in force that suppresses this finding: the one with a subject before one for the whole check. */
	public Optional<Entry> match(Finding finding, Clock clock) {
		if (!suppressible(finding)) {
			return Optional.empty();
		}
		return entries.stream().filter(e -> e.matches(finding) && e.inForce(clock))
				.min((a, b) -> Boolean.compare(a.subject() == null, b.subject() == null));
	}

	/**
	 * Marks each finding of the diagnosis with the suppression in force for it today and clears the mark of every
	 * other, so a finding whose suppression expired is back as it was.
	 *
	 * @return how many findings are suppressed
	 */
	public int apply(Diagnosis diagnosis, Clock clock) {
		int count = 0;
		for (Finding finding : diagnosis.getFindings()) {
			Optional<Entry> entry = match(finding, clock);
			finding.setSuppression(entry.map(Suppressions::model).orElse(null));
			count += entry.isPresent() ? 1 : 0;
		}
		return count;
	}

	private static Suppression model(Entry entry) {
		Suppression suppression = DiagnosisFactory.eINSTANCE.createSuppression();
		suppression.setCheck(entry.check());
		suppression.setSubject(entry.subject());
		suppression.setReason(entry.reason());
		suppression.setAuthor(entry.author());
		suppression.setExpires(entry.expires().toString());
		return suppression;
	}

	/** Whether a finding counts for the exit code and for "problems": a FAIL that is not suppressed. */
	public static boolean failing(Finding finding) {
		return finding.getOutcome() == Outcome.FAIL && finding.getSuppression() == null;
	}

	/** The findings that are not suppressed: what the outputs gather in sections where no suppression shows. */
	public static List<Finding> unsuppressed(List<Finding> findings) {
		return findings.stream().filter(f -> f.getSuppression() == null).toList();
	}

	/** How many of the findings are suppressed. */
	public static long count(List<Finding> findings) {
		return findings.stream().filter(f -> f.getSuppression() != null).count();
	}

	/**
	 * Whether a finding goes to the outputs' "missing evidence" section instead of its area: an UNKNOWN waiting for
	 * an artifact, unless it is suppressed, since only its own entry shows the suppression.
	 */
	public static boolean waitingForEvidence(Finding finding) {
		return finding.getSuppression() == null && MissingEvidence.artifact(finding).isPresent();
	}

	/** The one-line note every output shows for a suppressed finding, in the user's language. */
	public static String note(Suppression suppression) {
		return Messages.format(Messages.Suppressions_note, suppression.getReason(), suppression.getAuthor(),
				suppression.getExpires());
	}
}
