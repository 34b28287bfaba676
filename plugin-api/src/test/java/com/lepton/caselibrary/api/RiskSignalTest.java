package com.lepton.caselibrary.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch of posts (plugin-api 1.3.0): splitting with limits, and the signal's share, trend and warning. */
class RiskSignalTest {

    private static DemoResult.Classification post(boolean bad) {
        return new DemoResult.Classification(List.of(
                new ClassScore("great", LocalizedText.of("好", "great"), bad ? 0.2 : 0.8),
                new ClassScore("other", LocalizedText.of("差", "other"), bad ? 0.8 : 0.2)));
    }

    private static DemoResult.RiskSignal signal(boolean... bad) {
        List<DemoResult.Classification> classes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (boolean b : bad) {
            classes.add(post(b));
            texts.add(b ? "bad" : "good");
        }
        return new DemoResult.RiskSignal("other", 0.5, texts, classes);
    }

    @Test
    void aBatchThatTurnsSourWarnsThroughItsLaterHalf() {
        DemoResult.RiskSignal signal = signal(false, false, false, false, false, true, true, true);
        assertThat(signal.share()).isEqualTo(3 / 8.0);
        assertThat(signal.trend()).isEqualTo(0.75);
        assertThat(signal.warning()).isTrue();
        assertThat(signal.window()).isEqualTo(2);
        assertThat(signal.rollingShare()).containsExactly(0, 0, 0, 0, 0.5, 1, 1);
    }

    @Test
    void aCalmBatchDoesNotWarn() {
        DemoResult.RiskSignal signal = signal(false, true, false, false, true, false, false, false);
        assertThat(signal.warning()).isFalse();
        assertThat(signal.flaggedCount()).isEqualTo(2);
        assertThat(signal(true).trend()).isZero();
    }

    @Test
    void needsOneClassificationPerPost() {
        assertThatThrownBy(() -> new DemoResult.RiskSignal("other", 0.5, List.of("a", "b"), List.of(post(true))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchDemo("other", 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DemoDescription(
                        InputKind.SERIES, OutputKind.FORECAST, List.of(), false, new BatchDemo("x", 0.5, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsPastedPostsOnePerLineAndRefusesBatchesOverTheLimits() throws Exception {
        assertThat(PostBatch.split("first\r\n\n  second  \nthird").posts()).containsExactly("first", "second", "third");
        assertThatThrownBy(() -> PostBatch.split(" \n\t\n"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.userMessage().en()).contains("empty"));
        assertThatThrownBy(() -> PostBatch.split("a\n".repeat(PostBatch.MAX_POSTS + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.userMessage().en()).contains("201 posts", "limit of 200");
                    assertThat(e.userMessage().zh()).contains("201", "200");
                });
        assertThatThrownBy(() -> PostBatch.split("a".repeat(PostBatch.MAX_TOTAL_CHARS + 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.userMessage().en()).contains("50,000"));
        assertThatThrownBy(() -> PostBatch.split("ok\n" + "a".repeat(PostBatch.MAX_POST_CHARS + 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.userMessage().zh()).contains("第 2 条", "2,000"));
    }
}
