/**
 * Parsing PowerShell the product writes with a real PowerShell grammar, so that tests of remediation steps and
 * collector scripts fail on a syntax error ({@link marswb.tests.support.powershell.PowerShellSyntax}).
 *
 * @since 0.1
 */
package marswb.tests.support.powershell;
