package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeriesParserTest {

    private final SeriesParser parser = new SeriesParser(100);

    @Test
    void readsOneValuePerLine() throws Exception {
        assertThat(parser.parse("1.5\n2\n\n3e1\n")).containsExactly(1.5, 2, 30);
    }

    @Test
    void readsTheLastColumnOfACsvWithHeader() throws Exception {
        assertThat(parser.parse("date,price\n2020-01-02,3257.85\n2020-01-03,\"3234.85\""))
                .containsExactly(3257.85, 3234.85);
    }

    @Test
    void readsValuesOnOneLine() throws Exception {
        assertThat(parser.parse("1, 2; 3 4")).containsExactly(1, 2, 3, 4);
    }

    @Test
    void refusesTextNanAndInfinityWithTheLine() {
        assertThatThrownBy(() -> parser.parse("1\n2\nabc\n")).isInstanceOfSatisfying(DemoInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("demo.error.series.notnumber");
            assertThat(e.arguments()).containsExactly(3, "abc");
        });
        assertThatThrownBy(() -> parser.parse("1\nNaN\n"))
                .isInstanceOfSatisfying(
                        DemoInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.error.series.notfinite"));
        assertThatThrownBy(() -> parser.parse("1\nInfinity\n"))
                .isInstanceOfSatisfying(
                        DemoInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.error.series.notfinite"));
    }

    @Test
    void refusesTooFewAndTooManyPoints() {
        assertThatThrownBy(() -> parser.parse("42"))
                .isInstanceOfSatisfying(
                        DemoInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.error.series.toofew"));
        assertThatThrownBy(() -> parser.parse("1\n".repeat(101)))
                .isInstanceOfSatisfying(
                        DemoInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.error.series.toomany"));
    }
}
