/**
 * The PowerShell collector script a customer runs on the server to make a bundle, whole or for just the
 * artifacts a bundle lacked ({@link marswb.collector.CollectorScript}).
 * <p>
 * Contract: kept compatible within a major version; what the script collects follows docs/bundle-format.md.
 *
 * @since 0.1
 */
package marswb.collector;
