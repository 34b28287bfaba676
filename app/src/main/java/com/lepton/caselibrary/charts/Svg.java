package com.lepton.caselibrary.charts;

import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/** Markup helpers of the charts: numbers always with a dot, text always escaped. */
final class Svg {

    private Svg() {}

    /** {@link String#format} in the root locale, so coordinates never get a decimal comma. */
    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
