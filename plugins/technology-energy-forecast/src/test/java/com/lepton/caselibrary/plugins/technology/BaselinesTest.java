package com.lepton.caselibrary.plugins.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.trainingkit.ForecastMetrics;
import com.lepton.caselibrary.trainingkit.LinearRegression;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The three baselines and the error measures, on hand-made series. */
class BaselinesTest {

    @Test
    void persistenceRepeatsToday() {
        LocalDate[] dates = new LocalDate[5];
        for (int i = 0; i < 5; i++) {
            dates[i] = LocalDate.of(2015, 3, 1).plusDays(i);
        }
        WeatherSeries series = new WeatherSeries(
                dates, new double[5], new double[] {3, 5, 4, 8, 6}, new double[] {0, 0, 0, 0, 0}, new double[5]);
        WeatherDataset data = new WeatherDataset(series);
        int[] origins = data.origins(new WeatherDataset.Period("all", dates[0], dates[4]), 2);

        assertThat(origins).containsExactly(1, 2, 3);
        assertThat(data.persistence(origins)).containsExactly(5.0, 4.0, 8.0);
        ForecastMetrics m = ForecastMetrics.of(data.persistence(origins), data.targets(origins));
        // Errors 5-4 = 1, 4-8 = -4, 8-6 = 2.
        assertThat(m.mae()).isCloseTo(7.0 / 3, within(1e-12));
        assertThat(m.rmse()).isCloseTo(Math.sqrt(21.0 / 3), within(1e-12));
        assertThat(m.bias()).isCloseTo(-1.0 / 3, within(1e-12));
    }

    @Test
    void climatologyAveragesEachDayOfYearOverTheTrainingYears() {
        // Two non-leap years: year 1 is 10 + d/100 everywhere, year 2 is 2 degrees warmer.
        int days = 365 * 2;
        LocalDate[] dates = new LocalDate[days];
        double[] values = new double[days];
        for (int i = 0; i < days; i++) {
            dates[i] = LocalDate.of(2013, 1, 1).plusDays(i);
            values[i] = 10 + dates[i].getDayOfYear() / 100.0 + (dates[i].getYear() == 2014 ? 2 : 0);
        }

        Climatology exact = Climatology.fit(dates, values, 0);
        assertThat(exact.forecast(LocalDate.of(2015, 4, 10))).isCloseTo(11 + 100 / 100.0, within(1e-12));
        assertThat(exact.forecast(LocalDate.of(2015, 1, 1))).isCloseTo(11.01, within(1e-12));

        // A symmetric window keeps a straight line straight away from the year's end...
        Climatology smoothed = Climatology.fit(dates, values, 15);
        assertThat(smoothed.forecast(LocalDate.of(2015, 4, 10))).isCloseTo(12.0, within(1e-9));
        // ...and reaches across it, so 1 January mixes late December (about 14.5) with early January (about 11.1).
        assertThat(smoothed.forecast(LocalDate.of(2015, 1, 1))).isBetween(12.0, 13.5);
    }

    @Test
    void climatologyCountsDaysOnA365DayCalendar() {
        assertThat(Climatology.slot(LocalDate.of(2012, 2, 29))).isEqualTo(Climatology.slot(LocalDate.of(2012, 2, 28)));
        assertThat(Climatology.slot(LocalDate.of(2012, 3, 1)))
                .isEqualTo(Climatology.slot(LocalDate.of(2015, 3, 1)))
                .isEqualTo(59);
        assertThat(Climatology.slot(LocalDate.of(2012, 12, 31))).isEqualTo(364);
        assertThat(Climatology.slot(LocalDate.of(2015, 1, 1))).isZero();
    }

    @Test
    void climatologyKeepsAConstantSeriesConstantAndNeedsData() {
        LocalDate[] dates = new LocalDate[366];
        double[] values = new double[366];
        for (int i = 0; i < 366; i++) {
            dates[i] = LocalDate.of(2012, 1, 1).plusDays(i);
            values[i] = 7.5;
        }
        Climatology climatology = Climatology.fit(dates, values, 15);
        assertThat(climatology.forecast(
                        new LocalDate[] {LocalDate.of(2015, 1, 1), LocalDate.of(2015, 7, 1), LocalDate.of(2016, 12, 31)
                        }))
                .containsOnly(7.5);

        assertThatThrownBy(() -> Climatology.fit(new LocalDate[] {LocalDate.of(2012, 1, 1)}, new double[] {1}, 3))
                .hasMessageContaining("no training day");
    }

    @Test
    void linearAutoregressionOnTheWindowsRecoversAKnownProcess() {
        // x[t+1] = 2 + 0.3 x[t-1] + 0.6 x[t], noiseless; its two modes (0.92^t and -0.32^t) keep the
        // windows linearly independent, so least squares must find the process exactly.
        int n = 30;
        double[] x = new double[n];
        x[0] = 5;
        x[1] = 9;
        for (int t = 1; t < n - 1; t++) {
            x[t + 1] = 2 + 0.3 * x[t - 1] + 0.6 * x[t];
        }
        LocalDate[] dates = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            dates[i] = LocalDate.of(2013, 5, 1).plusDays(i);
        }
        WeatherDataset data =
                new WeatherDataset(new WeatherSeries(dates, new double[n], x, new double[n], new double[n]));
        int[] origins = data.origins(new WeatherDataset.Period("all", dates[0], dates[n - 1]), 2);

        LinearRegression ar = LinearRegression.fit(data.temperatureWindows(origins, 2), data.targets(origins));

        assertThat(origins).hasSize(n - 2);
        assertThat(ar.intercept()).isCloseTo(2, within(1e-6));
        // Oldest first: the weight of yesterday, then today's.
        assertThat(ar.coefficients()).containsExactly(new double[] {0.3, 0.6}, within(1e-7));
        assertThat(ar.predict(new double[] {10, 20})).isCloseTo(2 + 3 + 12, within(1e-5));
        assertThat(ForecastMetrics.of(ar.predict(data.temperatureWindows(origins, 2)), data.targets(origins))
                        .rmse())
                .isLessThan(1e-6);
    }

    @Test
    void linearRegressionRefusesTooFewOrCollinearRows() {
        assertThatThrownBy(() -> LinearRegression.fit(new double[][] {{1, 2}}, new double[] {3}))
                .hasMessageContaining("at least 3 rows");
        assertThatThrownBy(() -> LinearRegression.fit(
                        new double[][] {{1, 2}, {2, 4}, {3, 6}, {4, 8}}, new double[] {1, 2, 3, 4}))
                .hasMessageContaining("collinear");
    }

    @Test
    void dieboldMarianoFavoursTheForecasterWithSmallerSquaredErrors() {
        double[] observed = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] rough = {2, 1, 4, 3, 6, 5, 8, 7};
        double[] close = {1.1, 2.2, 2.9, 4.1, 4.8, 6.1, 7.2, 7.9};

        assertThat(ForecastMetrics.dieboldMariano(rough, close, observed)).isGreaterThan(10);
        assertThat(ForecastMetrics.dieboldMariano(close, rough, observed)).isLessThan(-10);
        assertThat(ForecastMetrics.dieboldMariano(rough, rough, observed)).isZero();
    }
}
