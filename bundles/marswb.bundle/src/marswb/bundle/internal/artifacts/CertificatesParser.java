package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.Certificate;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads system/certificates.csv (Cert:\LocalMachine\My). NotBefore and NotAfter are printed in the server's culture;
 * a date in an unknown form leaves the value null and is reported once for the file.
 */
public final class CertificatesParser implements ArtifactParser {

	private static final String COMMAND = "Get-ChildItem Cert:\\LocalMachine\\My | Select Subject,...,HasPrivateKey";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		try (CsvRows rows = CsvRows.open(input, context, COMMAND, "Subject", "FriendlyName", "Thumbprint",
				"NotBefore", "NotAfter", "HasPrivateKey")) {
			Record row;
			while ((row = rows.next()) != null) {
				Certificate certificate = ServerFactory.eINSTANCE.createCertificate();
				rows.located(certificate, row);
				rows.setText(certificate, Literals.CERTIFICATE__SUBJECT, row, "Subject");
				rows.setText(certificate, Literals.CERTIFICATE__FRIENDLY_NAME, row, "FriendlyName");
				rows.setText(certificate, Literals.CERTIFICATE__THUMBPRINT, row, "Thumbprint");
				rows.setCultureDate(certificate, Literals.CERTIFICATE__NOT_BEFORE, row, "NotBefore");
				rows.setCultureDate(certificate, Literals.CERTIFICATE__NOT_AFTER, row, "NotAfter");
				rows.setBoolean(certificate, Literals.CERTIFICATE__HAS_PRIVATE_KEY, row, "HasPrivateKey");
				context.server().getCertificates().add(certificate);
			}
		}
	}
}
