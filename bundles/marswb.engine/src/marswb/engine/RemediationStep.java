package marswb.engine;

/**
 * One step of a remediation plan: PowerShell for the customer to read and run, with the comment that explains it.
 *
 * @param fixId       the quick-fix instance that produced it
 * @param comment     why and what, in the current language; may span lines
 * @param script      PowerShell, one or more lines
 * @param destructive the step stops a service, deletes or overwrites something; the plan says so before it
 */
public record RemediationStep(String fixId, String comment, String script, boolean destructive) {
}
