package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.CsvReader.Record;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.EndpointProbe;
import marswb.model.server.NetworkSettings;
import marswb.model.server.ServerFactory;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads network/connectivity.csv, the collector's endpoint probes (Test-NetConnection and Invoke-WebRequest): an
 * empty HttpStatus means no HTTP answer was received.
 */
public final class ConnectivityParser implements ArtifactParser {

	private static final String COMMAND = "Test-NetConnection -Port 443 / Invoke-WebRequest (collector)";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		try (CsvRows rows = CsvRows.open(input, context, COMMAND, "Target", "Port", "TcpTestSucceeded", "HttpStatus",
				"Error")) {
			Record row;
			while ((row = rows.next()) != null) {
				EndpointProbe probe = ServerFactory.eINSTANCE.createEndpointProbe();
				rows.located(probe, row);
				rows.setText(probe, Literals.ENDPOINT_PROBE__TARGET, row, "Target");
				rows.setInteger(probe, Literals.ENDPOINT_PROBE__PORT, row, "Port");
				rows.setBoolean(probe, Literals.ENDPOINT_PROBE__TCP_TEST_SUCCEEDED, row, "TcpTestSucceeded");
				rows.setInteger(probe, Literals.ENDPOINT_PROBE__HTTP_STATUS, row, "HttpStatus");
				rows.setText(probe, Literals.ENDPOINT_PROBE__ERROR, row, "Error");
				NetworkSettings network = ModelParts.part(context.server(), Literals.SERVER__NETWORK);
				network.getProbes().add(probe);
			}
		}
	}
}
