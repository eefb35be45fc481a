package marswb.tests.support.powershell;

import java.util.List;

/**
 * One command invocation: {@code Get-Item -Path $x}, {@code reg export ...}, {@code & $exe /query}. The name is
 * the command's text as written ({@code & 'reg.exe'} gives {@code 'reg.exe'}, {@code & $tool} gives
 * {@code $tool}); the arguments are the texts of its elements, parameters ({@code -Path}) and values alike, in
 * order, without the separators between them.
 *
 * @since 0.1
 */
public record Command(String name, List<String> arguments, boolean invoked, int line, SyntaxNode node) {

	/** The name without quotes, so that {@code & 'reg.exe'} and {@code reg.exe} compare equal. */
	public String bareName() {
		String bare = name;
		if (bare.length() >= 2 && (bare.startsWith("'") && bare.endsWith("'")
				|| bare.startsWith("\"") && bare.endsWith("\""))) {
			bare = bare.substring(1, bare.length() - 1);
		}
		return bare;
	}

	@Override
	public String toString() {
		return line + ": " + (invoked ? "& " : "") + name + (arguments.isEmpty() ? "" : " " + String.join(" ", arguments));
	}
}
