package marswb.bundle.internal.artifacts;

import java.io.IOException;

import marswb.bundle.internal.format.RegFile;
import marswb.bundle.internal.format.RegKey;
import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.DotNetFramework;
import marswb.model.server.ServerPackage.Literals;

/** Reads system/dotnet-ndp.reg: the .NET Framework 4.5+ {@code Release} DWORD and the version it stands for. */
public final class DotNetRegParser implements ArtifactParser {

	private static final String FULL_KEY = "\\NDP\\v4\\Full";

	/** Minimum Release of each version, newest first (dotnet/docs "how to determine which versions are installed"). */
	private static final int[] MINIMUM_RELEASES = { 533320, 528040, 461808, 461308, 460798, 394802, 394254, 393295,
			379893, 378675, 378389 };
	private static final String[] VERSIONS = { "4.8.1", "4.8", "4.7.2", "4.7.1", "4.7", "4.6.2", "4.6.1", "4.6",
			"4.5.2", "4.5.1", "4.5" };

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		RegFile file = RegEvidence.read(input, context);
		RegKey full = RegEvidence.requiredKey(file, FULL_KEY, context).orElse(null);
		if (full == null) {
			return;
		}
		DotNetFramework dotNet = ModelParts.part(context.server(), Literals.SERVER__DOT_NET);
		RegEvidence.setDword(context, dotNet, Literals.DOT_NET_FRAMEWORK__RELEASE, full, "Release");
		Integer release = dotNet.getRelease();
		if (release == null) {
			return;
		}
		String version = versionOf(release);
		if (version != null) {
			var value = full.value("Release").orElseThrow();
			context.set(dotNet, Literals.DOT_NET_FRAMEWORK__VERSION, version, value.line(), value.raw());
		}
	}

	/** The newest version whose minimum release is reached; null below 4.5 (or a negative, i.e. huge, DWORD). */
	static String versionOf(int release) {
		for (int i = 0; i < MINIMUM_RELEASES.length; i++) {
			if (release >= MINIMUM_RELEASES[i]) {
				return VERSIONS[i];
			}
		}
		return null;
	}
}
