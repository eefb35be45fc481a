/**
 * Where each parsed value of the server model came from: artifact path, line and raw text.
 *
 * @since 0.1
 */
package marswb.model.provenance;
