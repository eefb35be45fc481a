/**
 * Comparing two server models value by value, and their findings per check and subject
 * ({@link marswb.compare.ModelComparer}, {@link marswb.compare.Comparison}), and saving a server as a named
 * baseline ({@link marswb.compare.Baseline}). Values are summarized under the installed troubleshooting areas,
 * which declare the model features they own.
 * <p>
 * Contract: kept compatible within a major version; the comparison states are those of docs/contracts.md.
 *
 * @since 0.1
 */
package marswb.compare;
