/**
 * Reading a diagnostic bundle into the server model: {@link marswb.bundle.BundleReader} for a zip, a folder or
 * input recognized by content, {@link marswb.bundle.BundleImport} to write such input as a clean bundle, and the
 * limits and refusals a caller may meet. A broken artifact never stops the others; its read status is in the model.
 * Tools that write a bundle file by file read it through {@link marswb.bundle.BundleFiles}, decode its text as the
 * reader does ({@link marswb.bundle.TextDecoding}) and take secrets out as the collector does
 * ({@link marswb.bundle.ManagementCertRemoval}); {@link marswb.bundle.ErrorCodes} writes an error code in the form
 * findings and checks use.
 * <p>
 * Contract: kept compatible within a major version. Parsers for new artifacts are contributed through
 * {@link marswb.bundle.spi}, not by calling this package.
 *
 * @since 0.1
 */
package marswb.bundle;
