package com.lepton.caselibrary.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the portal's two languages, Simplified Chinese and English.
 *
 * @param zh the zh-CN text
 * @param en the English text
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** Shorthand for {@code new LocalizedText(zh, en)}. */
    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The text for a locale: Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
