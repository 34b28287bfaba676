package com.lepton.caselibrary.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How the portal shows a moment: date and time in the medium style of the page's language (e.g. "Nov 28, 2026,
 * 1:50:47 PM", "2026年11月28日 13:50:47"), in the portal's time zone.
 */
public final class Times {

    private Times() {}

    /** The formatter for {@code locale}'s language (either of the portal's two), in the portal's time zone. */
    public static DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Languages.normalize(locale))
                .withZone(ZoneId.systemDefault());
    }

    /** An instant for a reader in {@code locale}. */
    public static String format(Instant instant, Locale locale) {
        return formatter(locale).format(instant);
    }

    /**
     * An ISO-8601 instant written as text (e.g. a plugin's {@code 2026-11-28T13:50:47Z}) for a reader in
     * {@code locale}; text that is no such instant is returned as it is.
     */
    public static String format(String isoInstant, Locale locale) {
        if (isoInstant == null) {
            return "";
        }
        try {
            return format(Instant.parse(isoInstant.strip()), locale);
        } catch (DateTimeParseException e) {
            return isoInstant;
        }
    }
}
