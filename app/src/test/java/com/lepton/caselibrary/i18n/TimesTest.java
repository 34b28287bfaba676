package com.lepton.caselibrary.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A moment is shown in the page's language and the portal's time zone, never as an ISO-8601 text. */
class TimesTest {

    private static final Instant TRAINED = Instant.parse("2026-11-28T13:50:47Z");

    @Test
    void anInstantIsFormattedInTheMediumStyleOfThePagesLanguage() {
        for (Locale locale : Languages.SUPPORTED) {
            assertThat(Times.format(TRAINED, locale))
                    .isEqualTo(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                            .withLocale(locale)
                            .withZone(ZoneId.systemDefault())
                            .format(TRAINED))
                    .doesNotContain("T13:50");
        }
        assertThat(Times.format(TRAINED, Locale.forLanguageTag("zh-TW")))
                .isEqualTo(Times.format(TRAINED, Languages.CHINESE))
                .contains("2026年");
        assertThat(Times.format(TRAINED, Locale.US)).isEqualTo(Times.format(TRAINED, Languages.ENGLISH));
    }

    @Test
    void anIsoTextIsReadAsItsInstantAndOtherTextIsLeftAsItIs() {
        assertThat(Times.format("2026-11-28T13:50:47Z", Languages.ENGLISH))
                .isEqualTo(Times.format(TRAINED, Languages.ENGLISH));
        assertThat(Times.format("sometime in 2026", Languages.CHINESE)).isEqualTo("sometime in 2026");
        assertThat(Times.format((String) null, Languages.CHINESE)).isEmpty();
    }
}
