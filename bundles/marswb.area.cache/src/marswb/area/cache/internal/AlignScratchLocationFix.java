package marswb.area.cache.internal;

import static marswb.engine.spi.RemediationStep.nativeCommand;
import static marswb.engine.spi.RemediationStep.quote;
import static marswb.engine.spi.RemediationStep.registryPath;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import marswb.engine.CauseChain;
import marswb.engine.DisplayValues;
import marswb.engine.spi.QuickFix;
import marswb.engine.spi.RemediationStep;
import marswb.model.diagnosis.Diagnosis;
import marswb.model.diagnosis.Finding;
import marswb.model.server.CacheSettings;
import marswb.model.server.Server;
import marswb.model.server.Volume;

/**
 * Makes Config\ScratchLocation and Config\CloudBackupProvider\ScratchLocation name the folder that really holds
 * the cache, never a folder another finding shows to be broken. The folder Config\ScratchLocation names is the one
 * the bundle describes (listing, attributes, free space):
 * <ul>
 * <li>it is sound and holds OnlineBackup.KEK: only the provider value lags; both are set to it;</li>
 * <li>it is sound but lacks the key: the move stopped halfway; it is finished with the article's procedure (stop
 * obengine, unmount the CBSSBVol volumes when system state is protected, copy the old folder, set both values,
 * start obengine, keep the old folder until a backup succeeds);</li>
 * <li>it is broken (missing, unsupported attributes, too little free space) and lacks the key: both values go back
 * to the old folder, which the script checks first (the key in it, its attributes and its volume's free space);</li>
 * <li>it is broken and holds the key, or the old folder is unknown or too small: the fix refuses.</li>
 * </ul>
 */
public final class AlignScratchLocationFix implements QuickFix {

	static final String CONFIG_KEY = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Azure Backup\\Config";
	static final String PROVIDER_KEY = CONFIG_KEY + "\\CloudBackupProvider";
	static final String VALUE = "ScratchLocation";
	static final String KEY_FILE = "OnlineBackup.KEK";
	/** The findings that show the folder of Config\ScratchLocation ($Scratch) to be unusable for the cache. */
	static final List<String> FOLDER_PROBLEMS = List.of("cache.scratch-folder-missing",
			"cache.scratch-folder-attributes-unsupported", "cache.scratch-free-space-low");
	static final String KEY_MISSING = "encryption.kek-missing";
	private static final String SERVICE = "obengine";

	private record Plan(String target, String other, boolean copy, String refusal) {
	}

	@Override
	public void apply(Server workingCopy, Finding finding) {
		Plan plan = plan(workingCopy, finding);
		CacheSettings cache = workingCopy.getCache();
		cache.setConfigScratchLocation(plan.target());
		cache.setProviderScratchLocation(plan.target());
	}

	@Override
	public String refusal(Server server, Finding finding) {
		return plan(server, finding).refusal();
	}

	private static Plan plan(Server server, Finding finding) {
		CacheSettings cache = server.getCache();
		String config = cache.getConfigScratchLocation();
		String provider = cache.getProviderScratchLocation();
		List<Finding> broken = problems(finding, FOLDER_PROBLEMS);
		boolean keyMissing = !problems(finding, List.of(KEY_MISSING)).isEmpty()
				|| Boolean.FALSE.equals(cache.getKekPresent());
		if (broken.isEmpty()) {
			return new Plan(config, provider, keyMissing, keyMissing && provider == null
					? NLS.bind(Messages.FixAlign_refuseNoSource, config, KEY_FILE) : null);
		}
		String why = String.join("; ", broken.stream().map(Finding::getTitle).toList());
		if (!keyMissing) {
			return new Plan(null, config, false, NLS.bind(Messages.FixAlign_refuseKeyInBroken, config, why));
		}
		if (provider == null) {
			return new Plan(null, config, false, NLS.bind(Messages.FixAlign_refuseNoSource, config, KEY_FILE));
		}
		Optional<Volume> volume = Optional.ofNullable(Scratch.driveLetter(provider)).flatMap(l -> Scratch.volume(server, l));
		long need = ScratchFreeSpaceCheck.need(server).warnBelow();
		if (volume.isPresent() && volume.get().getSizeRemaining() != null && volume.get().getSizeRemaining() < need) {
			return new Plan(null, config, false, NLS.bind(Messages.FixAlign_refuseOldTooSmall,
					new Object[] { config, why, provider, DisplayValues.bytes(volume.get().getSizeRemaining()), DisplayValues.bytes(need) }));
		}
		return new Plan(provider, config, false, null);
	}

	/** Stops obengine unless it is stopped already (net stop fails on a stopped service). */
	private static String stopService() {
		return "if ((Get-Service -Name " + SERVICE + ").Status -ne 'Stopped') {\n    "
				+ nativeCommand("& net.exe stop " + SERVICE).replace("\n", "\n    ") + "\n}";
	}

	/** The FAIL/WARN findings of those checks in the finding's diagnosis. */
	private static List<Finding> problems(Finding finding, List<String> checks) {
		if (!(finding.eContainer() instanceof Diagnosis diagnosis)) {
			return List.of();
		}
		return diagnosis.getFindings().stream().filter(CauseChain::isProblem).filter(f -> checks.contains(f.getCheck()))
				.toList();
	}

	@Override
	public RemediationStep remediation(Server server, Finding finding) {
		Plan plan = plan(server, finding);
		CacheSettings cache = server.getCache();
		String config = cache.getConfigScratchLocation();
		String provider = cache.getProviderScratchLocation();
		String target = plan.target();
		String source = plan.copy() ? provider : null;
		String comment = plan.copy() ? NLS.bind(Messages.FixAlign_commentMove, new Object[] { provider, target, KEY_FILE })
				: target.equals(config) ? NLS.bind(Messages.FixAlign_commentProvider, target, provider)
						: NLS.bind(Messages.FixAlign_commentBack, new Object[] { target, config, KEY_FILE });
		String letter = Scratch.driveLetter(target);
		long need = ScratchFreeSpaceCheck.need(server).warnBelow();
		boolean systemState = ScratchFreeSpaceCheck.systemStateProtected(server);
		RemediationStep.Builder step = RemediationStep.builder(comment).destructive()
				.read("$config = (Get-ItemProperty -LiteralPath " + quote(registryPath(CONFIG_KEY)) + ")." + VALUE + "\n"
						+ "$provider = (Get-ItemProperty -LiteralPath " + quote(registryPath(PROVIDER_KEY))
						+ " -ErrorAction SilentlyContinue)." + VALUE + "\n"
						+ "$target = " + quote(target))
				.guard("$config -eq " + quote(config) + " -and $provider -eq "
						+ (provider == null ? "$null" : quote(provider)),
						NLS.bind(Messages.FixAlign_guardValues, config, provider == null ? "-" : provider))
				.guard("Test-Path -LiteralPath (Join-Path " + quote(plan.copy() ? source : target) + " " + quote(KEY_FILE)
						+ ")", NLS.bind(Messages.FixAlign_guardKey, plan.copy() ? source : target, KEY_FILE));
		if (plan.copy()) {
			step.guard("Test-Path -LiteralPath $target -PathType Container", NLS.bind(Messages.FixAlign_guardExists, target));
		}
		step.guard("((Get-Item -LiteralPath $target -Force).Attributes -band "
				+ "[IO.FileAttributes]'Compressed, Encrypted, SparseFile, ReparsePoint') -eq 0",
				NLS.bind(Messages.FixAlign_guardAttributes, target));
		if (letter != null) {
			step.guard("(Get-Volume -DriveLetter " + letter + ").SizeRemaining -ge " + need,
					NLS.bind(Messages.FixAlign_guardSpace, letter + ":", DisplayValues.bytes(need)));
		}
		// undo.ps1 runs these last-added-first: stop obengine, import both keys, start obengine
		step.undo(nativeCommand("& net.exe start " + SERVICE).split("\n")).backupRegistry(CONFIG_KEY, VALUE)
				.backupRegistry(PROVIDER_KEY, VALUE).undo(stopService().split("\n"));
		step.change("net stop " + SERVICE, stopService());
		if (plan.copy()) {
			if (systemState) {
				step.change(NLS.bind(Messages.FixAlign_unmount, "CBSSBVol_*"),
						"foreach ($volume in @(Get-Volume | Where-Object { $_.FileSystemLabel -like 'CBSSBVol_*' })) {\n"
								+ "    Get-DiskImage -Volume $volume | Dismount-DiskImage | Out-Null\n}");
			}
			step.change("robocopy " + source + " " + target + " /E /COPYALL",
					"$log = Join-Path $backup 'robocopy-scratch.log'\n"
							+ "# robocopy: 0 to 7 mean copied or nothing to copy, 8 and above a failure\n"
							+ "& robocopy.exe " + quote(source) + " $target /E /COPYALL /DCOPY:DAT /R:2 /W:5 /NP \"/LOG:$log\"\n"
							+ "if ($LASTEXITCODE -ge 8) { throw ('robocopy exit code {0}' -f $LASTEXITCODE) }");
		}
		step.setRegistryValue(CONFIG_KEY, VALUE, "String", "$target", target)
				.setRegistryValue(PROVIDER_KEY, VALUE, "String", "$target", target)
				.change("net start " + SERVICE, nativeCommand("& net.exe start " + SERVICE))
				.verifyRegistryValue(CONFIG_KEY, VALUE, "String", "$target")
				.verifyRegistryValue(PROVIDER_KEY, VALUE, "String", "$target")
				.verify("Test-Path -LiteralPath (Join-Path $target " + quote(KEY_FILE) + ")", target + "\\" + KEY_FILE)
				.verify("(Get-Service -Name " + SERVICE + ").Status -eq 'Running'", SERVICE);
		return step.note(NLS.bind(Messages.FixAlign_keepOld, plan.copy() ? source : plan.other())).build();
	}
}
