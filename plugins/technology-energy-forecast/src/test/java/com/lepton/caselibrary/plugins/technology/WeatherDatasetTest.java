package com.lepton.caselibrary.plugins.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.plugins.technology.WeatherDataset.FeatureScaling;
import com.lepton.caselibrary.plugins.technology.WeatherDataset.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Windowing, the chronological split and the training-only standardisation, on a hand-made series. */
class WeatherDatasetTest {

    /** 10 days from 2014-12-27; maximum temperature = 10 + day number, so every value is recognisable. */
    private static WeatherSeries tenDays() {
        int n = 10;
        LocalDate[] dates = new LocalDate[n];
        double[] precipitation = new double[n];
        double[] tempMax = new double[n];
        double[] tempMin = new double[n];
        double[] wind = new double[n];
        for (int i = 0; i < n; i++) {
            dates[i] = LocalDate.of(2014, 12, 27).plusDays(i);
            precipitation[i] = i % 2 == 0 ? 0 : 4;
            tempMax[i] = 10 + i;
            tempMin[i] = 2 + i;
            wind[i] = 1 + i % 3;
        }
        return new WeatherSeries(dates, precipitation, tempMax, tempMin, wind);
    }

    private static final Period UNTIL_NEW_YEAR =
            new Period("train", LocalDate.of(2014, 12, 1), LocalDate.of(2014, 12, 31));
    private static final Period JANUARY = new Period("test", LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 31));

    @Test
    void assignsExamplesByTheDateOfTheDayForecast() {
        WeatherDataset data = new WeatherDataset(tenDays());

        // Window 3: the first origin is row 2 (2014-12-29), forecasting 2014-12-30.
        assertThat(data.origins(UNTIL_NEW_YEAR, 3)).containsExactly(2, 3);
        // January targets are rows 5..9; the last row has no next day and is never an origin.
        assertThat(data.origins(JANUARY, 3)).containsExactly(4, 5, 6, 7, 8);
        assertThat(data.targetDates(new int[] {4})).containsExactly(LocalDate.of(2015, 1, 1));
        assertThat(data.targets(new int[] {2, 3})).containsExactly(13.0, 14.0);
        assertThat(data.persistence(new int[] {2, 3})).containsExactly(12.0, 13.0);
    }

    @Test
    void neverSharesATargetBetweenPeriods() {
        WeatherDataset data = new WeatherDataset(tenDays());
        int[] train = data.origins(UNTIL_NEW_YEAR, 3);
        int[] test = data.origins(JANUARY, 3);

        for (int t : train) {
            for (int u : test) {
                assertThat(t).isNotEqualTo(u);
            }
        }
        assertThat(data.targetDates(train)).allMatch(d -> d.getYear() == 2014);
        assertThat(data.targetDates(test)).allMatch(d -> d.getYear() == 2015);
    }

    @Test
    void standardisesWithTheTrainingPeriodOnly() {
        WeatherDataset data = new WeatherDataset(tenDays());

        // Training days are rows 0..4 (27-31 Dec): maxima 10..14, mean 12, population std sqrt(2).
        Preprocessing scaling = data.preprocessing(UNTIL_NEW_YEAR, 3);
        assertThat(scaling.window()).isEqualTo(3);
        assertThat(scaling.tempMaxMean()).isCloseTo(12, within(1e-12));
        assertThat(scaling.tempMaxStd()).isCloseTo(Math.sqrt(2), within(1e-12));

        FeatureScaling features = data.featureScaling(UNTIL_NEW_YEAR);
        assertThat(features.tempMin().mean()).isCloseTo(4, within(1e-12));
        assertThat(features.precipitation().mean()).isCloseTo(1.6, within(1e-12));
    }

    @Test
    void cutsWindowsOldestFirst() {
        WeatherDataset data = new WeatherDataset(tenDays());
        Preprocessing scaling = new Preprocessing(3, 12, 2);

        float[] inputs = data.univariateInputs(new int[] {2, 8}, scaling);

        // Origin 2: maxima 10, 11, 12; origin 8: 16, 17, 18.
        assertThat(inputs).containsExactly(-1f, -0.5f, 0f, 2f, 2.5f, 3f);
        assertThat(data.temperatureWindows(new int[] {8}, 3)[0]).containsExactly(16.0, 17.0, 18.0);
    }

    @Test
    void laysOutSixFeaturesPerDay() {
        WeatherDataset data = new WeatherDataset(tenDays());
        FeatureScaling scaling = new FeatureScaling(
                new Standardiser(12, 2), new Standardiser(4, 2), new Standardiser(2, 2), new Standardiser(2, 1));

        float[] inputs = data.multivariateInputs(new int[] {5}, 2, scaling);

        assertThat(inputs).hasSize(2 * 6);
        // Day 1 of the window is row 4 (2014-12-31): max 14, min 6, rain 0, wind 2.
        assertThat(inputs[0]).isEqualTo(1f);
        assertThat(inputs[1]).isEqualTo(1f);
        assertThat(inputs[2]).isEqualTo(-1f);
        assertThat(inputs[3]).isEqualTo(0f);
        assertThat((double) inputs[4]).isCloseTo(Season.sin(LocalDate.of(2014, 12, 31)), within(1e-6));
        // Day 2 is row 5, 1 January: the season terms sit right next to 31 December's.
        assertThat((double) inputs[6 + 5]).isCloseTo(Math.cos(2 * Math.PI / 365.25), within(1e-6));
        assertThat(Math.abs(inputs[4] - inputs[6 + 4])).isLessThan(0.05f);
    }

    @Test
    void seasonsAreMeteorological() {
        assertThat(Season.of(LocalDate.of(2015, 12, 1))).isEqualTo("winter");
        assertThat(Season.of(LocalDate.of(2015, 2, 28))).isEqualTo("winter");
        assertThat(Season.of(LocalDate.of(2015, 3, 1))).isEqualTo("spring");
        assertThat(Season.of(LocalDate.of(2015, 7, 2))).isEqualTo("summer");
        assertThat(Season.of(LocalDate.of(2015, 11, 30))).isEqualTo("autumn");
    }
}
