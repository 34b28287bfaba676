package com.lepton.caselibrary.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesFineTuningContractTest {

    private static final LocalDate JAN = LocalDate.of(2020, 1, 1);

    @Test
    void theLastFifthIsHeldOutRoundedUp() {
        assertThat(SeriesFineTuning.heldOutCount(100)).isEqualTo(20);
        assertThat(SeriesFineTuning.heldOutCount(101)).isEqualTo(21);
    }

    @Test
    void requestCopiesTheSeriesAndRefusesUnorderedDatesOrNonNumbers() {
        List<Double> values = new ArrayList<>(List.of(1.0, 2.0));
        SeriesFineTuneRequest request = new SeriesFineTuneRequest(
                List.of(JAN, JAN.plusMonths(1)), values, 0, 7, 1, Path.of("in"), Path.of("out"));
        values.clear();
        assertThat(request.values()).containsExactly(1.0, 2.0);
        assertThatThrownBy(() -> new SeriesFineTuneRequest(
                        List.of(JAN, JAN), List.of(1.0, 2.0), 0, 7, 1, Path.of("in"), Path.of("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not follow");
        assertThatThrownBy(() -> new SeriesFineTuneRequest(
                        List.of(JAN), List.of(Double.NaN), 0, 7, 1, Path.of("in"), Path.of("out")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SeriesFineTuneRequest(
                        List.of(JAN), List.of(1.0, 2.0), 0, 7, 1, Path.of("in"), Path.of("out")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outcomeNeedsAForecastForEveryHeldOutValue() {
        assertThatThrownBy(() -> new SeriesFineTuneOutcome(
                        "ppm",
                        Map.of(),
                        Map.of(),
                        List.of(),
                        List.of(),
                        1,
                        0,
                        List.of(JAN),
                        List.of(1.0),
                        List.of(1.0),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
