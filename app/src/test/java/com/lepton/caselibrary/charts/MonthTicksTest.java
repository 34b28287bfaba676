package com.lepton.caselibrary.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.charts.LineChart.Tick;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MonthTicksTest {

    @Test
    void labelsFourEvenlySpacedMonthsFromFirstToLast() {
        List<String> dates = IntStream.range(0, 206)
                .mapToObj(i -> LocalDate.of(2017, 1, 3).plusWeeks(i).toString())
                .toList();

        List<Tick> ticks = Tick.months(dates);

        assertThat(ticks).extracting(Tick::index).containsExactly(0, 68, 137, 205);
        assertThat(ticks.getFirst().label()).isEqualTo("2017-01");
        assertThat(ticks.getLast().label()).isEqualTo(dates.getLast().substring(0, 7));
    }

    @Test
    void copesWithFewDates() {
        assertThat(Tick.months(List.of())).isEmpty();
        assertThat(Tick.months(List.of("2015-01-01"))).containsExactly(new Tick(0, "2015-01"));
    }

    @Test
    void epochsAreTheFirstAndTheLastNumberedFromOne() {
        assertThat(Tick.epochs(12)).containsExactly(new Tick(0, "1"), new Tick(11, "12"));
        assertThat(Tick.epochs(0)).isEmpty();
    }
}
