package marswb.bundle.spi;

/**
 * Tells whether a file that came without a manifest holds one kind of artifact, by what it holds rather than by its
 * name. Contributed beside a parser, in the {@code recognizer} attribute of its {@code marswb.bundle.artifactParsers}
 * element: a file it recognizes is read by that parser as if it stood at the parser's path. One file may be
 * recognized by several parsers (a {@code .reg} export that holds several keys feeds each key's artifact).
 * <p>
 * Recognizers see only the first bytes of a file ({@link Sample#HEAD_BYTES}), and are called for every file of the
 * input, so they must be quick and keep no state. A recognizer that implements
 * {@code org.eclipse.core.runtime.IExecutableExtension} receives the text after the class name's colon in
 * plugin.xml, which lets one class serve several formats (a key path, CSV columns, JSON properties).
 *
 * @since 0.1
 */
public interface ArtifactRecognizer {

	/**
	 * @return why the file is this artifact, in a few words the read status shows ("key
	 *         HKLM\SOFTWARE\Microsoft\Windows Azure Backup", "CSV header Name, DisplayName, State"), or {@code null}
	 *         when it is not
	 */
	String recognize(Sample sample);
}
