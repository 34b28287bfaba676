package com.lepton.caselibrary.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    private static void refuse() throws InvalidInputException {
        throw new InvalidInputException(new LocalizedText("至少 3 个数值", "at least 3 values"));
    }

    @Test
    void returnsTheRefusalWhenBothLanguagesSayWhatWasExpected() {
        InvalidInputException error = Refusals.assertRefused(RefusalsTest::refuse, "3 values", "数值");

        assertThat(error.userMessage().en()).isEqualTo("at least 3 values");
    }

    @Test
    void failsWhenTheMessageSaysSomethingElseOrNothingIsRefused() {
        assertThatThrownBy(() -> Refusals.assertRefused(RefusalsTest::refuse, "3 values", "日期"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("日期");
        assertThatThrownBy(() -> Refusals.refusal(() -> {})).isInstanceOf(AssertionError.class);
    }
}
