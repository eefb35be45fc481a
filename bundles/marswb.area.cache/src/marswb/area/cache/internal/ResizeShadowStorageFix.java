package marswb.area.cache.internal;

import static marswb.engine.spi.RemediationStep.literals;
import static marswb.engine.spi.RemediationStep.nativeCommand;
import static marswb.engine.spi.RemediationStep.quote;

import org.eclipse.osgi.util.NLS;

import marswb.engine.DisplayValues;
import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Finding;
import marswb.model.server.Server;
import marswb.model.server.ShadowStorage;
import marswb.model.server.Volume;

/** vssadmin Resize ShadowStorage on the finding's volume (subject = drive letter). */
public final class ResizeShadowStorageFix implements QuickFix {

	@Override
	public void apply(Server workingCopy, Finding finding) {
		String letter = finding.getSubjectKey();
		long target = ShadowStorageCheck.target(workingCopy, letter);
		ShadowStorage storage = ShadowStorageCheck.storage(workingCopy, letter).orElseThrow();
		storage.setMaximumBytes(target);
		Long size = Scratch.volume(workingCopy, letter).map(Volume::getSize).orElse(null);
		storage.setMaximumPercent(size == null || size == 0 ? null : (int) Math.round(target * 100.0 / size));
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		String letter = finding.getSubjectKey();
		long target = ShadowStorageCheck.target(server, letter);
		ShadowStorage storage = ShadowStorageCheck.storage(server, letter).orElseThrow();
		boolean unbounded = storage.isMaximumUnbounded();
		// vssadmin prints the maximum as "320 MB (0%)"; the share is what the bundle showed that the guard can match
		String shown = unbounded ? "UNBOUNDED" : storage.getMaximumPercent() == null ? null
				: "(" + storage.getMaximumPercent() + "%)";
		String previous = unbounded || storage.getMaximumBytes() == null ? "UNBOUNDED"
				: (storage.getMaximumBytes() >> 20) + "MB";
		String list = "& vssadmin.exe list shadowstorage /For=" + letter + ":";
		String resize = "& vssadmin.exe resize shadowstorage /On=" + letter + ": /For=" + letter + ": /Maxsize=";
		String maximumLine = "[string]($%s -match 'Maximum Shadow Copy Storage space')";
		RemediationStep.Builder step = RemediationStep
				.builder(NLS.bind(Messages.FixResize_comment, letter + ":", DisplayValues.bytes(target)))
				.read("$listing = " + nativeCommand(list));
		if (shown != null) {
			// the cast in parentheses: [string]$x.Contains() would ask the array of lines, not its text
			step.guard("(" + maximumLine.formatted("listing") + ").Contains(" + quote(shown) + ")",
					NLS.bind(Messages.FixResize_guard, letter + ":", shown));
		} else {
			step.guard("[string]$listing -match " + quote("\\(" + letter + ":\\)"),
					NLS.bind(Messages.FixResize_guard, letter + ":", "?"));
		}
		return step.backup("shadowstorage-" + letter, "$listing", literals(nativeCommand(resize + previous).split("\n")))
				.change("vssadmin resize shadowstorage /On=" + letter + ": /For=" + letter + ": /Maxsize="
						+ (target >> 20) + "MB", nativeCommand(resize + (target >> 20) + "MB"))
				.readBack("$after = " + nativeCommand(list))
				.verify(maximumLine.formatted("after") + " -ne " + maximumLine.formatted("listing"),
						"vssadmin list shadowstorage /For=" + letter + ":")
				.build();
	}
}
