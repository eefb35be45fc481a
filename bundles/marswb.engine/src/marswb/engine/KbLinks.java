package marswb.engine;

import java.util.Locale;

/**
 * Public addresses of the troubleshooting article's sections, which findings cite by anchor.
 *
 * @since 0.1
 */
public final class KbLinks {

	private static final String ARTICLE = "azure/backup/backup-azure-mars-troubleshoot";

	private KbLinks() {
	}

	/** The section in the language of {@code locale} (Chinese for zh, English otherwise). */
	public static String url(String anchor, Locale locale) {
		String language = locale.getLanguage().equals("zh") ? "zh-cn/" : "";
		return "https://learn.microsoft.com/" + language + ARTICLE + "#" + anchor;
	}
}
