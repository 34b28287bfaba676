package com.lepton.caselibrary.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Equal HTML rendered for two sessions is kept once; different HTML stays apart. */
class SharedHtmlTest {

    @Test
    void equalHtmlIsOneCopy() {
        String first = new StringBuilder("<table class=\"confusion\">")
                .append("<tr><td>1</td></tr></table>")
                .toString();
        String second = new StringBuilder("<table class=\"confusion\">")
                .append("<tr><td>1</td></tr></table>")
                .toString();

        assertThat(second).isNotSameAs(first);
        assertThat(SharedHtml.shared(second)).isSameAs(SharedHtml.shared(first));
        assertThat(SharedHtml.shared("<p>other</p>")).isEqualTo("<p>other</p>").isNotSameAs(SharedHtml.shared(first));
    }
}
