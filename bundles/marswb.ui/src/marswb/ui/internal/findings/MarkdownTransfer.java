package marswb.ui.internal.findings;

import java.nio.charset.StandardCharsets;

import org.eclipse.swt.dnd.ByteArrayTransfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Markdown on the clipboard as its own flavour (text/markdown, UTF-8), beside the plain text: a ticket or chat
 * that knows Markdown takes it, any other takes the text.
 */
public final class MarkdownTransfer extends ByteArrayTransfer {

	private static final String TYPE_NAME = "text/markdown";
	private static final int TYPE_ID = registerType(TYPE_NAME);
	private static final MarkdownTransfer INSTANCE = new MarkdownTransfer();

	private MarkdownTransfer() {
	}

	public static MarkdownTransfer getInstance() {
		return INSTANCE;
	}

	@Override
	protected void javaToNative(Object object, TransferData transferData) {
		if (object instanceof String text && isSupportedType(transferData)) {
			super.javaToNative(text.getBytes(StandardCharsets.UTF_8), transferData);
		}
	}

	@Override
	protected Object nativeToJava(TransferData transferData) {
		byte[] bytes = isSupportedType(transferData) ? (byte[]) super.nativeToJava(transferData) : null;
		return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
	}

	@Override
	protected String[] getTypeNames() {
		return new String[] { TYPE_NAME };
	}

	@Override
	protected int[] getTypeIds() {
		return new int[] { TYPE_ID };
	}

	@Override
	protected boolean validate(Object object) {
		return object instanceof String;
	}
}
