package marswb.bundle.internal.recognize;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;

import marswb.bundle.TextDecoding;
import marswb.bundle.internal.zip.InputFile;
import marswb.bundle.spi.Sample;

/** An input file's head as recognizers see it, decoded once on first use. */
final class InputSample implements Sample {

	private final InputFile file;
	private String text;

	InputSample(InputFile file) {
		this.file = file;
	}

	@Override
	public String fileName() {
		return file.fileName();
	}

	@Override
	public long size() {
		return file.size();
	}

	@Override
	public byte[] head() {
		return file.head().clone();
	}

	@Override
	public String text() {
		if (text == null) {
			byte[] head = file.head();
			TextDecoding.Detected detected = TextDecoding.detect(head, head.length);
			try {
				text = detected.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE)
						.decode(ByteBuffer.wrap(head, detected.bomLength(), head.length - detected.bomLength()))
						.toString();
			} catch (java.nio.charset.CharacterCodingException e) {
				text = "";
			}
		}
		return text;
	}
}
