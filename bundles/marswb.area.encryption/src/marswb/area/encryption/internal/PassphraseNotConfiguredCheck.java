package marswb.area.encryption.internal;

import java.util.List;
import java.util.Set;

/**
 * "Error 34506. The encryption passphrase stored on this computer is not correctly configured.": seen in a job,
 * an event or the agent log. Same causes as 0x1FC07; the newer article adds that both ScratchLocation registry
 * values must name the folder after a move (cache.scratch-location-mismatch).
 */
public final class PassphraseNotConfiguredCheck extends ErrorSeenCheck {

	@Override
	Set<String> codes() {
		return Set.of("34506");
	}

	@Override
	List<String> texts() {
		return List.of("encryption passphrase stored on this computer is not correctly configured");
	}

	@Override
	String seenMessage() {
		return Messages.PassphraseNotConfigured_message;
	}

	@Override
	String notSeenMessage() {
		return Messages.PassphraseNotConfiguredNotSeen_message;
	}
}
