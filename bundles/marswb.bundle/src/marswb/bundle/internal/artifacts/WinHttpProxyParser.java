package marswb.bundle.internal.artifacts;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import marswb.bundle.spi.ArtifactFormatException;
import marswb.bundle.spi.ArtifactInput;
import marswb.bundle.spi.ArtifactParser;
import marswb.bundle.spi.Line;
import marswb.bundle.spi.ParseContext;
import marswb.model.server.NetworkSettings;
import marswb.model.server.ServerPackage.Literals;
import marswb.model.server.WinHttpProxy;

/**
 * Reads network/winhttp-proxy.txt ({@code netsh winhttp show proxy}): direct access, or a proxy server with its
 * bypass list. Only the English labels are known; a localized output is refused rather than guessed.
 */
public final class WinHttpProxyParser implements ArtifactParser {

	private static final String DIRECT = "Direct access (no proxy server).";
	private static final Pattern PROXY = Pattern.compile("\\s*Proxy Server\\(s\\)\\s*:\\s*(.*?)\\s*");
	private static final Pattern BYPASS = Pattern.compile("\\s*Bypass List\\s*:\\s*(.*?)\\s*");
	private static final String NO_BYPASS = "(none)";

	@Override
	public void parse(ArtifactInput input, ParseContext context) throws ArtifactFormatException, IOException {
		List<Line> lines = ConsoleOutput.read(input, context, 1000).nonBlank();
		if (lines.isEmpty()) {
			throw new ArtifactFormatException("empty file: no WinHTTP proxy settings");
		}
		for (Line line : lines) {
			if (line.text().strip().equals(DIRECT)) {
				WinHttpProxy winHttp = winHttp(context);
				context.set(winHttp, Literals.WIN_HTTP_PROXY__DIRECT_ACCESS, Boolean.TRUE, line.number(), DIRECT);
				return;
			}
		}
		Line proxyLine = find(lines, PROXY);
		if (proxyLine == null) {
			throw new ArtifactFormatException("neither '" + DIRECT + "' nor 'Proxy Server(s) :' found (localized"
					+ " output?): first line " + ConsoleOutput.quote(lines.get(0)), lines.get(0).number());
		}
		WinHttpProxy winHttp = winHttp(context);
		Matcher proxy = PROXY.matcher(proxyLine.text());
		proxy.matches();
		String server = proxy.group(1);
		context.set(winHttp, Literals.WIN_HTTP_PROXY__DIRECT_ACCESS, Boolean.FALSE, proxyLine.number(),
				proxyLine.text().strip());
		if (!server.isEmpty()) {
			context.set(winHttp, Literals.WIN_HTTP_PROXY__PROXY_SERVER, server, proxyLine.number(), server);
		}
		Line bypassLine = find(lines, BYPASS);
		if (bypassLine == null) {
			context.problem("no 'Bypass List :' line after the proxy server");
			return;
		}
		Matcher bypass = BYPASS.matcher(bypassLine.text());
		bypass.matches();
		String list = bypass.group(1);
		if (list.isEmpty()) {
			return;
		}
		// "(none)" is how netsh says there is no bypass list: recorded as null, with the line it came from
		context.set(winHttp, Literals.WIN_HTTP_PROXY__BYPASS_LIST, list.equals(NO_BYPASS) ? null : list,
				bypassLine.number(), list);
	}

	private static WinHttpProxy winHttp(ParseContext context) {
		NetworkSettings network = ModelParts.part(context.server(), Literals.SERVER__NETWORK);
		return ModelParts.part(network, Literals.NETWORK_SETTINGS__WIN_HTTP);
	}

	private static Line find(List<Line> lines, Pattern pattern) {
		return lines.stream().filter(line -> pattern.matcher(line.text()).matches()).findFirst().orElse(null);
	}
}
