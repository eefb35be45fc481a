package marswb.bundle.internal.zip;

/**
 * An entry of a bundle that passed the path checks.
 *
 * @param path       normalized path relative to the bundle root, forward slashes
 * @param size       uncompressed size as declared (zip) or measured (folder); -1 when the zip does not declare it
 * @param sourceName the name as it stands in the zip or file system, for error messages
 */
public record BundleEntry(String path, long size, String sourceName) {
}
