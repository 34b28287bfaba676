package com.lepton.caselibrary.plugins.technology;

import com.lepton.caselibrary.trainingkit.Rows;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The weather series cut into next-day forecasting examples. An example is a forecast origin
 * {@code t}, a day ("today"): its input is the window of days {@code t-T+1..t}, its target the
 * maximum temperature of day {@code t+1}.
 *
 * <p>Examples are assigned to a period by the date of their target, never at random. Input windows
 * may reach back into the previous period: that is history a forecaster has on that day, and no
 * target of one period is ever a target of another.
 */
final class WeatherDataset {

    /** A period of target days, both ends inclusive. */
    record Period(String name, LocalDate from, LocalDate to) {

        boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** The multivariate model's features per day, in tensor order. */
    static final List<String> FEATURES =
            List.of("temp_max", "temp_min", "precipitation", "wind", "season_sin", "season_cos");

    /**
     * Standardisers for the measured features (temp_max, temp_min, precipitation, wind), from the
     * training period; the season terms already lie in [-1, 1] and are fed as they are.
     */
    record FeatureScaling(Standardiser tempMax, Standardiser tempMin, Standardiser precipitation, Standardiser wind) {}

    private final WeatherSeries series;

    WeatherDataset(WeatherSeries series) {
        this.series = series;
    }

    WeatherSeries series() {
        return series;
    }

    /** The forecast origins whose target day lies in the period, for windows of {@code window} days, oldest first. */
    int[] origins(Period period, int window) {
        return IntStream.range(window - 1, series.count() - 1)
                .filter(t -> period.contains(series.date(t + 1)))
                .toArray();
    }

    /** The rows dated inside a period, for the scaling statistics and the climatology. */
    int[] daysIn(Period period) {
        return IntStream.range(0, series.count())
                .filter(i -> period.contains(series.date(i)))
                .toArray();
    }

    /** The shipped model's scaling: maximum temperatures of the days in {@code training}. */
    Preprocessing preprocessing(Period training, int window) {
        Standardiser tempMax = Standardiser.of(Rows.pick(series.tempMax(), daysIn(training)));
        return new Preprocessing(window, tempMax.mean(), tempMax.std());
    }

    /** The multivariate model's scaling, measured on the days in {@code training}. */
    FeatureScaling featureScaling(Period training) {
        int[] days = daysIn(training);
        return new FeatureScaling(
                Standardiser.of(Rows.pick(series.tempMax(), days)),
                Standardiser.of(Rows.pick(series.tempMin(), days)),
                Standardiser.of(Rows.pick(series.precipitation(), days)),
                Standardiser.of(Rows.pick(series.wind(), days)));
    }

    /** The observed maximum temperature (°C) of each origin's next day. */
    double[] targets(int[] origins) {
        return Arrays.stream(origins).mapToDouble(t -> series.tempMax(t + 1)).toArray();
    }

    /** The day each forecast is made: its origin, the last day of its input window. */
    LocalDate[] originDates(int[] origins) {
        return Arrays.stream(origins).mapToObj(series::date).toArray(LocalDate[]::new);
    }

    /** The day each origin forecasts. */
    LocalDate[] targetDates(int[] origins) {
        return Arrays.stream(origins).mapToObj(t -> series.date(t + 1)).toArray(LocalDate[]::new);
    }

    /** The shipped model's inputs: standardised maximum temperatures, {@code origins.length * window} values, example after example. */
    float[] univariateInputs(int[] origins, Preprocessing preprocessing) {
        int window = preprocessing.window();
        float[] inputs = new float[origins.length * window];
        for (int i = 0; i < origins.length; i++) {
            int first = origins[i] - window + 1;
            for (int k = 0; k < window; k++) {
                inputs[i * window + k] = preprocessing.standardise(series.tempMax(first + k));
            }
        }
        return inputs;
    }

    /** The multivariate model's inputs: {@code origins.length * window * 6} values, day after day, features as in {@link #FEATURES}. */
    float[] multivariateInputs(int[] origins, int window, FeatureScaling scaling) {
        int width = FEATURES.size();
        double[] tempMax = series.tempMax();
        double[] tempMin = series.tempMin();
        double[] precipitation = series.precipitation();
        double[] wind = series.wind();
        float[] inputs = new float[origins.length * window * width];
        for (int i = 0; i < origins.length; i++) {
            int first = origins[i] - window + 1;
            for (int k = 0; k < window; k++) {
                int day = first + k;
                int at = (i * window + k) * width;
                inputs[at] = scaling.tempMax().standardise(tempMax[day]);
                inputs[at + 1] = scaling.tempMin().standardise(tempMin[day]);
                inputs[at + 2] = scaling.precipitation().standardise(precipitation[day]);
                inputs[at + 3] = scaling.wind().standardise(wind[day]);
                inputs[at + 4] = (float) Season.sin(series.date(day));
                inputs[at + 5] = (float) Season.cos(series.date(day));
            }
        }
        return inputs;
    }

    /** The raw maximum temperatures (°C) of each origin's window, oldest first: the regressors of the linear autoregression. */
    double[][] temperatureWindows(int[] origins, int window) {
        double[][] rows = new double[origins.length][window];
        for (int i = 0; i < origins.length; i++) {
            for (int k = 0; k < window; k++) {
                rows[i][k] = series.tempMax(origins[i] - window + 1 + k);
            }
        }
        return rows;
    }

    /** The persistence baseline: tomorrow's maximum equals today's. */
    double[] persistence(int[] origins) {
        return Arrays.stream(origins).mapToDouble(series::tempMax).toArray();
    }

    /** The forecast days of these origins, first to last, for logs and the card. */
    String span(int[] origins) {
        LocalDate[] days = targetDates(origins);
        return days[0] + " to " + days[days.length - 1];
    }
}
