package marswb.bundle.internal.zip;

/** An entry the reader refused, with the reason shown to the user. */
public record RefusedEntry(String name, String reason) {
}
