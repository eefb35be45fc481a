/**
 * A copy of a bundle with the customer's identities replaced by consistent pseudonyms
 * ({@link marswb.redact.BundleRedaction}), and the private map between them ({@link marswb.redact.RedactionMap}).
 * <p>
 * Contract: kept compatible within a major version. Two bundles redacted with one map compare as their originals.
 *
 * @since 0.1
 */
package marswb.redact;
