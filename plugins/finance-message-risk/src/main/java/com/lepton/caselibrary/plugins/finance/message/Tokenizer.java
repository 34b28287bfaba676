package com.lepton.caselibrary.plugins.finance.message;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a message into the tokens the model reads; the same code runs at training and in the demo.
 *
 * <p>The text is normalised (NFKC, so full-width {@code ！} becomes {@code !}) and lower-cased.
 * Words are runs of letters (with inner apostrophes, as in {@code don't}). Links, e-mail
 * addresses, currency signs and numbers become placeholder tokens, so the model learns that they
 * are there, not their exact value. Exclamation marks are kept, one token each. A Chinese
 * character is one token. Everything else (punctuation, symbols) is dropped.
 */
public final class Tokenizer {

    /** Placeholder for a web link. */
    public static final String URL = "<url>";
    /** Placeholder for an e-mail address. */
    public static final String EMAIL = "<email>";
    /** Placeholder for a currency sign. */
    public static final String MONEY = "<money>";
    /** Placeholder for a number (digits with inner separators, e.g. {@code 1,000.50}). */
    public static final String NUMBER = "<num>";

    private static final Pattern TOKEN = Pattern.compile("(?<url>(?:https?://|ftp://|www\\.)[^\\s<>\"'()\\[\\]{}]+)"
            + "|(?<email>[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)"
            + "|(?<money>[$€£¥])"
            + "|(?<number>\\p{N}+(?:[.,:]\\p{N}+)*)"
            + "|(?<han>\\p{IsHan})"
            + "|(?<word>[\\p{L}\\p{M}&&[^\\p{IsHan}]]+(?:'[\\p{L}\\p{M}&&[^\\p{IsHan}]]+)*)"
            + "|(?<bang>!)");

    private Tokenizer() {}

    /** The tokens of a text, in order. */
    public static List<String> tokenize(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(normal);
        while (matcher.find()) {
            if (matcher.group("url") != null) {
                tokens.add(URL);
            } else if (matcher.group("email") != null) {
                tokens.add(EMAIL);
            } else if (matcher.group("money") != null) {
                tokens.add(MONEY);
            } else if (matcher.group("number") != null) {
                tokens.add(NUMBER);
            } else {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }
}
