package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.RegFile;
import marswb.bundle.internal.format.RegKey;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.PowerShellInfo;
import marswb.model.server.ServerPackage.Literals;

/**
 * Reads system/environment.reg: the machine {@code PSModulePath}, kept unexpanded as written (usually REG_EXPAND_SZ
 * with {@code %ProgramFiles%}), since the checks look for the agent's module folder in it.
 */
public final class EnvironmentRegParser implements ArtifactParser {

	static final String KEY = "\\Control\\Session Manager\\Environment";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		RegFile file = RegEvidence.read(input, context);
		RegKey key = RegEvidence.requiredKey(file, KEY, context).orElse(null);
		if (key == null || key.value("PSModulePath").isEmpty()) {
			return;
		}
		PowerShellInfo powerShell = ModelParts.part(context.server(), Literals.SERVER__POWER_SHELL);
		RegEvidence.setString(context, powerShell, Literals.POWER_SHELL_INFO__MACHINE_PS_MODULE_PATH, key,
				"PSModulePath");
	}
}
