package marswb.area.encryption.internal;

import java.util.List;
import java.util.Set;

/**
 * "The activation did not complete successfully ... [0x1FC07]": seen in a job (error code 0x1FC07, which the agent
 * also writes as 130055), an event or the agent log. Causes: scratch volume short of space, scratch folder moved
 * incorrectly, OnlineBackup.KEK missing.
 */
public final class ActivationFailedCheck extends ErrorSeenCheck {

	@Override
	Set<String> codes() {
		return Set.of("0x1FC07", "130055", "0x0001FC07");
	}

	@Override
	List<String> texts() {
		return List.of("The activation did not complete successfully");
	}

	@Override
	String seenMessage() {
		return Messages.ActivationFailed_message;
	}

	@Override
	String notSeenMessage() {
		return Messages.ActivationFailedNotSeen_message;
	}
}
