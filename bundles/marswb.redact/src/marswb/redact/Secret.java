package marswb.redact;

/**
 * A secret the redaction removes instead of giving it a pseudonym: nobody who receives a redacted bundle needs it,
 * and a pseudonym would only say where one was. Each is overwritten with {@link #REMOVED} in place, so the line
 * keeps its place and its field structure.
 */
public enum Secret {
	/** A VaultCredentials file's certificate with its private key. */
	MANAGEMENT_CERT("managementCert"),
	/** A password or passphrase: {@code password=}, {@code pwd=}, {@code "ProxyPassword"="..."}, a URL's user info. */
	PASSWORD("password"),
	/** A token in a URL or a query string: a SAS signature ({@code sig=}), {@code access_token=}, {@code code=}... */
	URL_TOKEN("urlToken"),
	/** The credentials of an {@code Authorization:} or {@code Proxy-Authorization:} header. */
	AUTHORIZATION("authorization"),
	/** A key: an account or integrity key by its name, a JSON web token, a long base64 blob. */
	KEY("key");

	/** What stands where a secret was. */
	public static final String REMOVED = "REMOVED";

	public final String json;

	Secret(String json) {
		this.json = json;
	}
}
