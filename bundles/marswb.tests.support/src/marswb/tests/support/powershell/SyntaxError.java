package marswb.tests.support.powershell;

/**
 * One place the grammar could not parse: {@code kind} is ERROR (text it could not fit) or MISSING (a token it had
 * to assume, such as a closing brace); line and column are 1-based, the column in UTF-16 code units.
 *
 * @since 0.1
 */
public record SyntaxError(String kind, int line, int column, String text) {

	@Override
	public String toString() {
		return line + ":" + column + " " + kind + " " + text;
	}
}
