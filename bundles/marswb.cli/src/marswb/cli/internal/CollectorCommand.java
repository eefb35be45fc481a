package marswb.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import marswb.bundle.BundleOpenException;
import marswb.bundle.BundleReader;
import marswb.collector.CollectorScript;
import marswb.engine.Analyzer;
import marswb.model.diagnosis.Evidence;
import marswb.model.diagnosis.Finding;
import marswb.model.diagnosis.Outcome;
import marswb.model.server.ArtifactStatus;

/**
 * {@code marswb collector [--out file] [--only-missing <bundle>]}: the collector script for the customer, whole or
 * preset (through its {@code -Items} parameter) to the artifacts a bundle's UNKNOWN findings lack.
 */
final class CollectorCommand {

	/** The evidence values UNKNOWN findings give an artifact that another collection could supply. */
	private static final Set<String> LACKING = Set.of(ArtifactStatus.MISSING.getLiteral(),
			ArtifactStatus.FAILED.getLiteral(), ArtifactStatus.UNREADABLE.getLiteral());

	int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
		CommandLine line = CommandLine.parse(args, Set.of("--out", "--only-missing", "--lang"), Set.of());
		line.choice("--lang", "en", Set.of("en", "zh-CN"));
		if (!line.positional().isEmpty()) {
			throw new UsageException(null);
		}
		String target = line.option("--out", null);
		String bundle = line.option("--only-missing", null);
		byte[] script;
		List<String> items = List.of();
		if (bundle == null) {
			script = CollectorScript.bytes();
		} else {
			try {
				items = lackingItems(bundle);
			} catch (BundleOpenException e) {
				err.println(Messages.format(Messages.Show_cannotOpen, e.getMessage()));
				return Cli.EXIT_UNUSABLE;
			}
			if (items.isEmpty()) {
				err.println(Messages.format(Messages.Collector_nothingMissing, bundle));
				return Cli.EXIT_OK;
			}
			script = CollectorScript.bytesWithItems(items);
		}
		try {
			if (target == null) {
				out.write(script);
				out.flush();
				return Cli.EXIT_OK;
			}
			Files.write(Path.of(target), script);
		} catch (IOException e) {
			err.println(Messages.format(Messages.Collector_cannotWrite, target, e.getMessage()));
			return Cli.EXIT_UNUSABLE;
		}
		err.println(items.isEmpty() ? Messages.format(Messages.Collector_written, target)
				: Messages.format(Messages.Collector_writtenItems, target, String.join(", ", items)));
		return Cli.EXIT_OK;
	}

	/** The collector items behind the artifacts that UNKNOWN findings name as missing, failed or unreadable. */
	static List<String> lackingItems(String bundle) throws BundleOpenException {
		Analyzer analyzer = Analyzer.platform();
		List<Finding> findings = analyzer.analyze(BundleReader.read(Path.of(bundle)), d -> true).diagnosis()
				.getFindings();
		List<String> items = new ArrayList<>();
		for (Finding finding : findings) {
			if (finding.getOutcome() != Outcome.UNKNOWN) {
				continue;
			}
			for (Evidence evidence : finding.getEvidence()) {
				if (LACKING.contains(evidence.getValue())) {
					CollectorScript.itemFor(evidence.getArtifact()).filter(item -> !items.contains(item))
							.ifPresent(items::add);
				}
			}
		}
		List<String> catalogOrder = new ArrayList<>(CollectorScript.items());
		catalogOrder.retainAll(items);
		return catalogOrder;
	}
}
