package marswb.area.basics.internal;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.DotNetFramework;
import marswb.model.server.ServerPackage.Literals;

/** The article asks for .NET Framework 4.5.2 or later; current agent installers need 4.8. */
public final class DotNetCheck implements Check {

	static final String ARTIFACT = "system/dotnet-ndp.reg";
	static final int RELEASE_452 = 379893;
	static final int RELEASE_48 = 528040;

	@Override
	public void run(CheckContext context) {
		DotNetFramework dotNet = context.server().getDotNet();
		Integer release = dotNet == null ? null : dotNet.getRelease();
		if (!context.usable(ARTIFACT) || release == null) {
			context.unknown(ARTIFACT).add();
			return;
		}
		String shown = name(release) + " (Release " + release + ")";
		if (release < RELEASE_452) {
			context.finding(Outcome.FAIL).message(NLS.bind(Messages.DotNet_tooOld, shown, RELEASE_452))
					.recommendation(Messages.DotNet_recommendation).evidence(dotNet, Literals.DOT_NET_FRAMEWORK__RELEASE)
					.add();
		} else if (release < RELEASE_48) {
			context.finding(Outcome.WARN).severity(marswb.model.diagnosis.Severity.MEDIUM)
					.message(NLS.bind(Messages.DotNet_below48, shown, RELEASE_48))
					.recommendation(Messages.DotNet_recommendation).evidence(dotNet, Literals.DOT_NET_FRAMEWORK__RELEASE)
					.add();
		} else {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.DotNet_ok, shown))
					.evidence(dotNet, Literals.DOT_NET_FRAMEWORK__RELEASE).add();
		}
	}

	/** The .NET version a Release value stands for (minimum values, checked from the top). */
	static String name(int release) {
		int[] minimum = { 533320, 528040, 461808, 461308, 460798, 394802, 394254, 393295, 379893, 378675, 378389 };
		String[] names = { "4.8.1", "4.8", "4.7.2", "4.7.1", "4.7", "4.6.2", "4.6.1", "4.6", "4.5.2", "4.5.1", "4.5" };
		for (int i = 0; i < minimum.length; i++) {
			if (release >= minimum[i]) {
				return ".NET Framework " + names[i];
			}
		}
		return ".NET Framework < 4.5";
	}
}
