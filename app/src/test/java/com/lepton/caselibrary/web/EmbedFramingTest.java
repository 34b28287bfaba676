package com.lepton.caselibrary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbedFramingTest {

    @Test
    void noOriginsMeansOnlyThePortalItself() {
        assertThat(new EmbedFraming("").embedDirective()).isEqualTo("frame-ancestors 'self'");
        assertThat(new EmbedFraming(null).origins()).isEmpty();
        assertThat(new EmbedFraming(" , ").origins()).isEmpty();
    }

    @Test
    void listsTheConfiguredOriginsAfterThePortal() {
        EmbedFraming framing =
                new EmbedFraming(" https://partner.example.com/ ,http://127.0.0.1:8081, https://*.client.example:* ");
        assertThat(framing.origins())
                .containsExactly("https://partner.example.com", "http://127.0.0.1:8081", "https://*.client.example:*");
        assertThat(framing.embedDirective())
                .isEqualTo("frame-ancestors 'self' https://partner.example.com http://127.0.0.1:8081"
                        + " https://*.client.example:*");
    }

    /** Anything but an origin would loosen or break the policy: a directive smuggled in, a wildcard, a path. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "*",
                "https://a.example; script-src *",
                "https://a.example/page",
                "javascript:alert(1)",
                "partner.example.com",
                "https://a.example 'unsafe-inline'",
                "'none'",
                "https://a.example:99999x",
                "ftp://a.example"
            })
    void refusesWhatIsNotAnOrigin(String value) {
        assertThatThrownBy(() -> new EmbedFraming(value))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lepton.embed.frame-ancestors");
    }
}
