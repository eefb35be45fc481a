package marswb.bundle.internal.zip;

import java.io.IOException;

/** The bytes of an entry are not the bytes its zip was written with; nothing read from them can be trusted. */
public final class DamagedEntryException extends IOException {

	private static final long serialVersionUID = 1L;

	DamagedEntryException(String message) {
		super(message);
	}
}
