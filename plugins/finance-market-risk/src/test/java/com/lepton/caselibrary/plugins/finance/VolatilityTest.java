package com.lepton.caselibrary.plugins.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.plugins.finance.VolatilityDataset.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The target and the baselines, checked by hand on tiny series. */
class VolatilityTest {

    private static final double[] R = {0.01, -0.02, 0.03, 0.0, 0.01, -0.01, 0.02, -0.04};

    /** 100 * sqrt(252 * meanSquare), written out. */
    private static double annualised(double... returns) {
        double sum = 0;
        for (double r : returns) {
            sum += r * r;
        }
        return 100 * Math.sqrt(252 * sum / returns.length);
    }

    @Test
    void logReturnsAreOneFewerThanPrices() {
        assertThat(Volatility.logReturns(new double[] {100, 110, 99}))
                .containsExactly(new double[] {Math.log(1.1), Math.log(0.9)}, within(1e-15));
        assertThat(Volatility.logReturns(new double[] {100})).isEmpty();
    }

    @Test
    void realisedVolatilityIsTheAnnualisedRootMeanSquareInPercent() {
        // mean square of 0.01, -0.02, 0.03, 0, 0.01 = 0.0015 / 5 = 0.0003; sqrt(252 * 0.0003) = 0.27495
        assertThat(Volatility.realised(R, 0, 5)).isCloseTo(27.4955, within(1e-4));
        assertThat(Volatility.realised(R, 0, 5)).isCloseTo(annualised(0.01, -0.02, 0.03, 0.0, 0.01), within(1e-12));
    }

    @Test
    void theTargetLooksAtTheNextFiveDaysOnly() {
        // Forecast made at the close of day 2 (after r[2]): r[3..7]
        assertThat(Volatility.forward(R, 2)).isCloseTo(annualised(0.0, 0.01, -0.01, 0.02, -0.04), within(1e-12));
    }

    @Test
    void persistenceRepeatsTheLastFiveDays() {
        // At day 6: r[2..6]
        assertThat(Volatility.persistence(R, 6)).isCloseTo(annualised(0.03, 0.0, 0.01, -0.01, 0.02), within(1e-12));
        assertThat(Volatility.trailing(R, 7, 8)).isCloseTo(annualised(R), within(1e-12));
    }

    @Test
    void ewmaFollowsTheRiskMetricsRecursion() {
        double[] r = {0.01, -0.02, 0.03};
        double[] forecasts = Volatility.ewma(r, 0.94);

        // Fewer than 20 returns: the seed variance is the mean square of all of them.
        double variance = (0.0001 + 0.0004 + 0.0009) / 3;
        for (int t = 0; t < r.length; t++) {
            variance = 0.94 * variance + 0.06 * r[t] * r[t];
            assertThat(forecasts[t]).isCloseTo(100 * Math.sqrt(252 * variance), within(1e-12));
        }
    }

    @Test
    void quantileInterpolatesLikeNumpy() {
        assertThat(Volatility.quantile(new double[] {5, 1, 4, 2, 3}, 0.8)).isCloseTo(4.2, within(1e-12));
        assertThat(Volatility.quantile(new double[] {7}, 0.8)).isEqualTo(7);
        assertThat(Volatility.meanAndStd(new double[] {1, 3})).containsExactly(2, 1);
    }

    @Test
    void forecastMetricsCountErrorsAndFlags() {
        double[] forecast = {10, 30, 20, 25};
        double[] realised = {12, 28, 26, 18};

        ForecastMetrics m = ForecastMetrics.of(forecast, realised, 22);

        // errors -2, 2, -6, 7
        assertThat(m.rmse()).isCloseTo(Math.sqrt((4 + 4 + 36 + 49) / 4.0), within(1e-12));
        assertThat(m.mae()).isCloseTo(17 / 4.0, within(1e-12));
        // flags (forecast > 22): no, yes, no, yes; elevated (realised > 22): no, yes, yes, no
        assertThat(m.flagged()).isEqualTo(2);
        assertThat(m.elevated()).isEqualTo(2);
        assertThat(m.hitRate()).isEqualTo(0.5);
        assertThat(m.precision()).isEqualTo(0.5);
        assertThat(m.recall()).isEqualTo(0.5);
        assertThat(m.asMap("persistence.")).containsKeys("persistence.rmse", "persistence.mae", "persistence.recall");
    }

    @Test
    void examplesNeverStraddleTwoPeriods() {
        // Two years of weekdays with a made-up random walk.
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2014, 1, 1); d.isBefore(LocalDate.of(2016, 1, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        double[] closes = new double[days.size()];
        Random random = new Random(1);
        closes[0] = 100;
        for (int i = 1; i < closes.length; i++) {
            closes[i] = closes[i - 1] * Math.exp(0.01 * random.nextGaussian());
        }
        VolatilityDataset data = new VolatilityDataset(new PriceSeries(days.toArray(LocalDate[]::new), closes));
        Period y2014 = new Period("a", LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31));
        Period y2015 = new Period("b", LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));

        int[] first = data.origins(y2014, 20);
        int[] second = data.origins(y2015, 20);

        assertThat(first[0]).isEqualTo(19); // the first full window of 20 returns
        assertThat(data.returnDate(first[first.length - 1] + Volatility.HORIZON))
                .isBeforeOrEqualTo(LocalDate.of(2014, 12, 31));
        assertThat(data.returnDate(first[first.length - 1] + Volatility.HORIZON + 1))
                .isAfter(LocalDate.of(2014, 12, 31));
        assertThat(data.returnDate(second[0])).isAfterOrEqualTo(LocalDate.of(2015, 1, 1));
        // The last five origins of 2014 are dropped, so no 2014 target reaches into 2015.
        assertThat(second[0] - first[first.length - 1]).isEqualTo(Volatility.HORIZON + 1);
        assertThat(data.targets(first)[0]).isEqualTo(Volatility.forward(data.returns(), 19));

        Preprocessing scaling = new Preprocessing(20, 0.001, 0.01, 20);
        float[] inputs = data.inputs(new int[] {19, 25}, scaling);
        assertThat(inputs).hasSize(40);
        assertThat(inputs[0]).isEqualTo(scaling.standardise(data.returns()[0]));
        assertThat(inputs[39]).isEqualTo(scaling.standardise(data.returns()[25]));
    }
}
