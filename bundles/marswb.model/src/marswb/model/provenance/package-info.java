/** Where each parsed value of the server model came from: artifact path, line and raw text. */
package marswb.model.provenance;
