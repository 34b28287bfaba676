package com.lepton.caselibrary.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

class HeaderCharacterFirewallTest {

    // The expressions StrictHttpFirewall uses by default (Spring Security 7).
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsTheFirewallsExpressionsJudgeIt() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = Character.toString(codePoint);
            String inText = "Accept" + alone + "x";
            assertThat(HeaderCharacterFirewall.validName(alone))
                    .as("name U+%04X", codePoint)
                    .isEqualTo(NAMES.matcher(alone).matches());
            assertThat(HeaderCharacterFirewall.validValue(inText))
                    .as("value U+%04X", codePoint)
                    .isEqualTo(VALUES.matcher(inText).matches());
        }
    }

    @Test
    void unpairedSurrogatesAndEmptyTextAreJudgedAsTheExpressionsJudgeThem() {
        for (String text : new String[] {"", "\uD800", "a\uDC00b", "\uD83D\uDE00", "\uDE00\uD83D"}) {
            assertThat(HeaderCharacterFirewall.validName(text))
                    .isEqualTo(NAMES.matcher(text).matches());
            assertThat(HeaderCharacterFirewall.validValue(text))
                    .isEqualTo(VALUES.matcher(text).matches());
        }
    }

    @Test
    void theFirewallStillRejectsAControlCharacterInAHeaderAndLetsATabThroughInAValue() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cases/x/samples/y/run");
        request.addHeader("X-Note", "one\u0007two");
        request.addHeader("X-Tabbed", "one\ttwo");
        var checked = HeaderCharacterFirewall.strict().getFirewalledRequest(request);

        assertThat(checked.getHeader("X-Tabbed")).isEqualTo("one\ttwo");
        assertThatThrownBy(() -> checked.getHeader("X-Note")).isInstanceOf(RequestRejectedException.class);
        assertThatThrownBy(() -> checked.getHeader("X-\u0001")).isInstanceOf(RequestRejectedException.class);
    }
}
