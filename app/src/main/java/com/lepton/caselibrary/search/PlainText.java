package com.lepton.caselibrary.search;

import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** Turns the portal's sanitized HTML into the plain text that is indexed (and later shown escaped in snippets). */
public final class PlainText {

    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|h[1-6]|li|tr|td|th|pre|blockquote)>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\n]+");

    private PlainText() {}

    public static String ofHtml(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = BLOCK_END.matcher(html).replaceAll("$0 ");
        text = TAG.matcher(text).replaceAll("");
        return SPACES.matcher(HtmlUtils.htmlUnescape(text)).replaceAll(" ").strip();
    }
}
