package marswb.area.registration.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.ErrorEvidence;
import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.engine.spi.FindingBuilder;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Certificate;
import marswb.model.server.Located;
import marswb.model.server.OperatingSystem;
import marswb.model.server.Server;
import marswb.model.server.ServerPackage.Literals;

/**
 * Error 230006 ("Resource not provisioned in service stamp") follows a rename of a registered server: the vault
 * knows it by its old name. The agent's machine certificate in LocalMachine\My is named {@code CN=CB_<host
 * name>.<suffix>} after the name it registered with (the {@code CN=CB_<vault>-...-vaultcredentials} certificates
 * that registration leaves behind are not it). When no machine certificate names the current host (systeminfo's
 * Host Name, else the manifest's), the server was renamed: FAIL, with 230006 in jobs, events or logs as further
 * evidence. 230006 seen while a certificate names the current host (e.g. the domain or FQDN changed) is WARN. The
 * fix is to rename the server back or to register it again under its new name; a commented Rename-Computer step is
 * offered (it restarts the server).
 */
public final class ServerRenamedCheck implements Check {

	static final String CERTIFICATES = "system/certificates.csv";
	static final String FIX = "registration.rename-computer-back";
	static final Set<String> CODES = Set.of("230006");
	static final List<String> TEXTS = List.of("Resource not provisioned in service stamp");
	private static final String PREFIX = "CN=CB_";

	@Override
	public void run(CheckContext context) {
		Server server = context.server();
		if (!context.usable(CERTIFICATES)) {
			context.unknown(CERTIFICATES).add();
			return;
		}
		OperatingSystem os = server.getOperatingSystem();
		String host = os != null && os.getHostName() != null ? os.getHostName() : server.getHostName();
		if (host == null || host.isBlank()) {
			context.unknown("system/systeminfo.csv").add();
			return;
		}
		List<Certificate> machine = server.getCertificates().stream().filter(ServerRenamedCheck::isMachine).toList();
		List<ErrorEvidence.Occurrence> seen = ErrorEvidence.find(server, CODES, TEXTS);
		boolean current = machine.stream().anyMatch(c -> sameHost(registeredHost(c), host));
		if (!machine.isEmpty() && !current) {
			Certificate certificate = machine.get(0);
			String old = registeredHost(certificate);
			FindingBuilder finding = context.finding(Outcome.FAIL).subject(old)
					.message(NLS.bind(seen.isEmpty() ? Messages.Renamed_message : Messages.RenamedSeen_message,
							new Object[] { host, old, certificate.getSubject() }))
					.recommendation(NLS.bind(Messages.Renamed_recommendation, old, host)).quickFix(FIX)
					.evidence(certificate, Literals.CERTIFICATE__SUBJECT);
			hostEvidence(finding, server);
			ErrorEvidence.addEvidence(finding, seen).add();
		} else if (!seen.isEmpty()) {
			FindingBuilder finding = context.finding(Outcome.WARN)
					.message(ErrorEvidence.withIgnored(NLS.bind(machine.isEmpty()
							? Messages.Error230006NoCertificate_message
							: Messages.Error230006NotRenamed_message, host), server, CODES))
					.recommendation(NLS.bind(Messages.Error230006_recommendation, host));
			machine.forEach(c -> finding.evidence(c, Literals.CERTIFICATE__SUBJECT));
			ErrorEvidence.addEvidence(finding, seen).add();
		} else if (machine.isEmpty()) {
			context.finding(Outcome.INFO).message(NLS.bind(Messages.NoMachineCertificate_message, host)).add();
		} else {
			Certificate match = machine.stream().filter(c -> sameHost(registeredHost(c), host)).findFirst().get();
			FindingBuilder finding = context.finding(Outcome.PASS)
					.message(ErrorEvidence.withIgnored(NLS.bind(Messages.NotRenamed_message, host, match.getSubject()),
							server, CODES))
					.evidence(match, Literals.CERTIFICATE__SUBJECT);
			hostEvidence(finding, server);
			finding.add();
		}
	}

	private static void hostEvidence(FindingBuilder finding, Server server) {
		OperatingSystem os = server.getOperatingSystem();
		Located owner = os != null && os.getHostName() != null ? os : server;
		finding.evidence(owner, owner == os ? Literals.OPERATING_SYSTEM__HOST_NAME : Literals.SERVER__HOST_NAME);
	}

	/** The agent's machine certificate: CN=CB_ followed by a host name, not a vault credentials certificate. */
	static boolean isMachine(Certificate certificate) {
		String subject = certificate.getSubject();
		if (subject == null || !subject.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			return false;
		}
		String cn = commonName(subject);
		return !cn.toLowerCase(Locale.ROOT).endsWith("-vaultcredentials") && !registeredHost(certificate).isEmpty();
	}

	/** The host name in CN=CB_<host>.<suffix>: the text after CB_ up to the first dot or the end. */
	static String registeredHost(Certificate certificate) {
		String cn = commonName(certificate.getSubject()).substring(PREFIX.length());
		int dot = cn.indexOf('.');
		return dot < 0 ? cn : cn.substring(0, dot);
	}

	/** The CN part of a subject (up to the first comma that starts another attribute). */
	private static String commonName(String subject) {
		int comma = subject.indexOf(',');
		return (comma < 0 ? subject : subject.substring(0, comma)).trim();
	}

	/** Host names compared by their first label, without regard to case (Windows names are case-insensitive). */
	static boolean sameHost(String a, String b) {
		return firstLabel(a).equalsIgnoreCase(firstLabel(b));
	}

	private static String firstLabel(String name) {
		int dot = name.indexOf('.');
		return (dot < 0 ? name : name.substring(0, dot)).trim();
	}

	/** The registered (old) name a finding of this check is about. */
	static Optional<String> oldName(String subject) {
		return Optional.ofNullable(subject).filter(s -> !s.isBlank());
	}
}
