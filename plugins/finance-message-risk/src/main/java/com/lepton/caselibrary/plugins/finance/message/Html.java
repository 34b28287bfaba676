package com.lepton.caselibrary.plugins.finance.message;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces HTML to the text a reader sees, keeping link targets (a phishing mail's link is its
 * point). Regular expressions, not a parser: enough for mail bodies, and it never throws.
 */
final class Html {

    private static final Pattern LOOKS_LIKE_HTML =
            Pattern.compile("(?i)<(html|body|head|p|div|br|a|table|td|font|span|b|img)(\\s[^>]*)?/?>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern LINK = Pattern.compile("(?is)<a\\s[^>]*?href\\s*=\\s*[\"']?([^\"'\\s>]+)[^>]*>");
    private static final Pattern BLOCK =
            Pattern.compile("(?i)</?(br|p|div|tr|li|h[1-6]|table|blockquote|center)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", " "),
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("copy", "©"),
            Map.entry("reg", "®"),
            Map.entry("trade", "™"),
            Map.entry("pound", "£"),
            Map.entry("euro", "€"),
            Map.entry("yen", "¥"),
            Map.entry("cent", "¢"),
            Map.entry("middot", "·"),
            Map.entry("bull", "•"),
            Map.entry("hellip", "…"),
            Map.entry("mdash", "—"),
            Map.entry("ndash", "–"),
            Map.entry("lsquo", "'"),
            Map.entry("rsquo", "'"),
            Map.entry("ldquo", "\""),
            Map.entry("rdquo", "\""));

    private Html() {}

    static boolean looksLikeHtml(String text) {
        return text.indexOf('<') >= 0 && LOOKS_LIKE_HTML.matcher(text).find();
    }

    static String toText(String html) {
        String text = COMMENT.matcher(html).replaceAll(" ");
        text = SCRIPT_OR_STYLE.matcher(text).replaceAll(" ");
        text = LINK.matcher(text).replaceAll(match -> " " + Matcher.quoteReplacement(match.group(1)) + " ");
        text = BLOCK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll(" ");
        return decodeEntities(text);
    }

    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return ENTITY.matcher(text).replaceAll(match -> {
            String name = match.group(1);
            String replacement;
            if (name.charAt(0) == '#') {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                replacement = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : " ";
            } else {
                replacement = NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), match.group());
            }
            return Matcher.quoteReplacement(replacement);
        });
    }
}
