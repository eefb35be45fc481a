package marswb.bundle.internal.artifacts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.w3c.dom.Element;

import marswb.bundle.ManagementCertRemoval;
import marswb.bundle.internal.format.LocatedXml;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.VaultCredentials;

/**
 * Reads a {@code .VaultCredentials} file (DataContract XML, root {@code RSBackupVaultAADCreds}). Its
 * {@code ManagementCert} is a PFX with a private key: only its presence, subject and validity are kept, and its text
 * never reaches the model, a message or a log.
 */
public final class VaultCredentialsParser implements ArtifactParser {

	private static final int MAX_CHARS = 4 * 1024 * 1024;
	private static final String MANAGEMENT_CERT = "ManagementCert";
	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final Map<String, EAttribute> ELEMENTS = Map.of(
			"Version", Literals.VAULT_CREDENTIALS__VERSION,
			"SubscriptionId", Literals.VAULT_CREDENTIALS__SUBSCRIPTION_ID,
			"ResourceType", Literals.VAULT_CREDENTIALS__RESOURCE_TYPE,
			"ResourceName", Literals.VAULT_CREDENTIALS__RESOURCE_NAME,
			"ResourceId", Literals.VAULT_CREDENTIALS__RESOURCE_ID,
			"ResourceGroup", Literals.VAULT_CREDENTIALS__RESOURCE_GROUP,
			"Location", Literals.VAULT_CREDENTIALS__LOCATION,
			"AadTenantId", Literals.VAULT_CREDENTIALS__AAD_TENANT_ID);

	/** Azure PowerShell: {@code {vault}_{ddd MMM dd yyyy}}, e.g. {@code myvault_Sun Apr 10 2016}. */
	private static final Pattern DAY_NAME = Pattern.compile("_([A-Z][a-z]{2} [A-Z][a-z]{2} \\d{1,2} \\d{4})\\.[^.]+$");
	private static final DateTimeFormatter DAY_NAME_FORMAT = DateTimeFormatter.ofPattern("EEE MMM d uuuu",
			Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
	/** Site Recovery style: {@code {vault}_{yyyy-MM-ddTHH-mm-ss}}. */
	private static final Pattern TIMESTAMP = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2})\\.[^.]+$");
	private static final DateTimeFormatter TIMESTAMP_FORMAT = DateTimeFormatter
			.ofPattern("uuuu-MM-dd'T'HH-mm-ss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		LocatedXml xml = LocatedXml.parse(input.readText(MAX_CHARS));
		Element root = xml.root();
		if ("RSVaultAsrCreds".equals(root.getLocalName())) {
			throw new ArtifactFormatException("this is a Site Recovery credentials file (RSVaultAsrCreds),"
					+ " not the backup vault credentials (RSBackupVaultAADCreds) the agent registers with", xml.line(root));
		}
		if (!"RSBackupVaultAADCreds".equals(root.getLocalName())) {
			throw new ArtifactFormatException("root element <" + root.getTagName()
					+ "> is not RSBackupVaultAADCreds", xml.line(root));
		}
		VaultCredentials credentials = ServerFactory.eINSTANCE.createVaultCredentials();
		context.located(credentials, xml.line(root), xml.startTag(root));
		readFileName(input.path(), credentials, context);
		for (Element element : LocatedXml.children(root)) {
			String name = element.getLocalName();
			if (MANAGEMENT_CERT.equals(name)) {
				readManagementCert(xml, element, credentials, context);
			} else if (ELEMENTS.containsKey(name) && !"true".equals(element.getAttributeNS(XSI, "nil"))) {
				String text = LocatedXml.text(element);
				if (text != null) {
					context.set(credentials, ELEMENTS.get(name), text, xml.line(element), xml.raw(element, text));
				}
			}
		}
		context.server().getVaultCredentials().add(credentials);
	}

	/** The file name is evidence of the download date; it has no line, so its origin is line 0. */
	private static void readFileName(String path, VaultCredentials credentials, ParseContext context) {
		String fileName = path.substring(path.lastIndexOf('/') + 1);
		context.set(credentials, Literals.VAULT_CREDENTIALS__FILE_NAME, fileName, 0, fileName);
		fileNameDate(fileName, context.collectionOffset().orElse(ZoneOffset.UTC)).ifPresent(
				date -> context.set(credentials, Literals.VAULT_CREDENTIALS__FILE_NAME_DATE, date, 0, fileName));
	}

	/**
	 * The date in a file name. The name carries no time zone (it is the downloading machine's local time), so it is
	 * read in the server's offset, like every date of the bundle without a zone; a day's precision is all the age
	 * check needs.
	 */
	static Optional<Date> fileNameDate(String fileName, ZoneOffset offset) {
		try {
			Matcher day = DAY_NAME.matcher(fileName);
			if (day.find()) {
				LocalDate date = LocalDate.parse(day.group(1), DAY_NAME_FORMAT);
				return Optional.of(Date.from(date.atStartOfDay().toInstant(offset)));
			}
			Matcher timestamp = TIMESTAMP.matcher(fileName);
			if (timestamp.find()) {
				LocalDateTime time = LocalDateTime.parse(timestamp.group(1), TIMESTAMP_FORMAT);
				return Optional.of(Date.from(time.toInstant(offset)));
			}
		} catch (DateTimeParseException e) {
			// a name that only looks dated (e.g. a wrong weekday) gives no date
		}
		return Optional.empty();
	}

	/** Origins name only the start tag: the element's content is the secret. */
	private static void readManagementCert(LocatedXml xml, Element element, VaultCredentials credentials,
			ParseContext context) {
		int line = xml.line(element);
		String tag = xml.startTag(element);
		String content = element.getTextContent();
		if (content == null || content.isBlank()) {
			if (ManagementCertRemoval.MARKER_VALUE.equals(
					element.getAttributeNS(ManagementCertRemoval.NAMESPACE, ManagementCertRemoval.MARKER))) {
				// the file had its certificate; the collector (or marswb import) removed it before it left the server
				context.set(credentials, Literals.VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT, Boolean.TRUE, line, tag);
			} else {
				context.problem("the ManagementCert element on line " + line + " is empty");
			}
			return;
		}
		context.set(credentials, Literals.VAULT_CREDENTIALS__MANAGEMENT_CERT_PRESENT, Boolean.TRUE, line, tag);
		ManagementCertificate.read(content).ifPresentOrElse(certificate -> {
			context.set(credentials, Literals.VAULT_CREDENTIALS__CERT_SUBJECT, certificate.subject(), line, tag);
			context.set(credentials, Literals.VAULT_CREDENTIALS__CERT_NOT_BEFORE, certificate.notBefore(), line, tag);
			context.set(credentials, Literals.VAULT_CREDENTIALS__CERT_NOT_AFTER, certificate.notAfter(), line, tag);
		}, () -> context.problem("management certificate could not be read (line " + line + ")"));
	}

	/** The public facts of the management certificate, read in memory from the PFX. */
	record ManagementCertificate(String subject, Date notBefore, Date notAfter) {

		/** Empty when the content is not a PFX readable without a password; no detail of why, it could leak content. */
		static Optional<ManagementCertificate> read(String base64) {
			byte[] pfx = null;
			try {
				pfx = Base64.getMimeDecoder().decode(base64.strip());
				if (pfx.length == 0) {
					return Optional.empty();
				}
				KeyStore store = KeyStore.getInstance("PKCS12");
				// the portal and Azure PowerShell export the PFX without a password
				store.load(new ByteArrayInputStream(pfx), new char[0]);
				for (var aliases = store.aliases(); aliases.hasMoreElements();) {
					if (store.getCertificate(aliases.nextElement()) instanceof X509Certificate x509) {
						return Optional.of(new ManagementCertificate(x509.getSubjectX500Principal().getName(),
								x509.getNotBefore(), x509.getNotAfter()));
					}
				}
				return Optional.empty();
			} catch (IOException | GeneralSecurityException | RuntimeException e) {
				return Optional.empty();
			} finally {
				if (pfx != null) {
					Arrays.fill(pfx, (byte) 0);
				}
			}
		}
	}
}
