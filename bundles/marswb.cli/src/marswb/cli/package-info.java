/**
 * The command line's Equinox application ({@code marswb.cli.app}). Its commands, options, outputs and exit codes
 * are the interface users and scripts rely on (docs/user-guide.md, docs/contracts.md); the Java types here are only
 * what the product definition names.
 *
 * @since 0.1
 */
package marswb.cli;
