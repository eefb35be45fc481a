package marswb.bundle.internal.zip;

/**
 * What the read status says of one input file sent without a manifest.
 *
 * @param path        the artifact it was read as, or the input file's own name when it was not read
 * @param source      the input file ({@link InputFile#name()})
 * @param recognition why it was taken for the artifact; null when it was not recognized
 * @param message     why it was not read ("not recognized", another file is newer, ...); null when it was read
 */
public record InputNote(String path, String source, String recognition, String message) {
}
