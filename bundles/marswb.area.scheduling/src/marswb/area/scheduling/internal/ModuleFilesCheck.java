package marswb.area.scheduling.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import marswb.engine.spi.Check;
import marswb.engine.spi.CheckContext;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.Artifact;
import marswb.model.server.ArtifactStatus;
import marswb.model.server.ModuleFile;
import marswb.model.server.ServerPackage.Literals;

/**
 * The MSOnlineBackup module must be present and intact. Without reference hashes, "intact" can only mean: the
 * module manifest MSOnlineBackup.psd1 is there, and no file of the module is empty (an empty file hashes to the
 * well-known SHA-256 of zero bytes). A listing that failed because the folder does not exist is evidence too.
 */
public final class ModuleFilesCheck implements Check {

	static final String ARTIFACT = "agent/module-files.csv";
	static final String MANIFEST = "msonlinebackup.psd1";
	static final String SHA256_OF_NOTHING = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";

	@Override
	public void run(CheckContext context) {
		Optional<Artifact> artifact = context.artifact(ARTIFACT);
		if (artifact.isPresent() && artifact.get().getStatus() == ArtifactStatus.FAILED
				&& folderMissing(artifact.get().getMessage())) {
			context.finding(Outcome.FAIL).message(Messages.ModuleFolderMissing_message)
					.recommendation(Messages.ModuleFiles_recommendation)
					.evidence(ARTIFACT, 0, artifact.get().getMessage()).add();
			return;
		}
		if (!context.usable(ARTIFACT)) {
			context.unknown(ARTIFACT).add();
			return;
		}
		List<ModuleFile> files = context.server().getModuleFiles();
		boolean manifestPresent = files.stream().anyMatch(f -> fileName(f).equals(MANIFEST));
		List<ModuleFile> empty = files.stream().filter(f -> SHA256_OF_NOTHING.equalsIgnoreCase(f.getHash())).toList();
		if (files.isEmpty() || !manifestPresent) {
			var finding = context.finding(Outcome.FAIL)
					.message(files.isEmpty() ? Messages.ModuleFolderEmpty_message : Messages.ModuleManifestMissing_message)
					.recommendation(Messages.ModuleFiles_recommendation);
			files.stream().limit(5).forEach(f -> finding.evidence(f, Literals.MODULE_FILE__PATH));
			finding.add();
		}
		for (ModuleFile file : empty) {
			context.finding(Outcome.FAIL).subject(file.getPath())
					.message(NLS.bind(Messages.ModuleFileEmpty_message, file.getPath()))
					.recommendation(Messages.ModuleFiles_recommendation).evidence(file, Literals.MODULE_FILE__HASH)
					.add();
		}
		if (!files.isEmpty() && manifestPresent && empty.isEmpty()) {
			context.finding(Outcome.PASS).message(NLS.bind(Messages.ModuleFilesOk_message, files.size())).add();
		}
	}

	private static String fileName(ModuleFile file) {
		String path = file.getPath() == null ? "" : file.getPath();
		return path.substring(path.lastIndexOf('\\') + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean folderMissing(String collectorMessage) {
		return collectorMessage != null && (collectorMessage.contains("does not exist")
				|| collectorMessage.contains("Cannot find path") || collectorMessage.contains("ItemNotFoundException"));
	}
}
