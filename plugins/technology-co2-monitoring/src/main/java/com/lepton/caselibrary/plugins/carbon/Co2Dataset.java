package com.lepton.caselibrary.plugins.carbon;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Forecasting examples cut from the monthly record: an example is a window of {@code window}
 * consecutive monthly readings ending at its origin, and the reading of the month after. Windows
 * that would span a month without a reading (a few in 1958–1964) are left out rather than filled.
 * Also computes the baselines on the same examples.
 */
final class Co2Dataset {

    /** A range of forecast months, inclusive. */
    record Period(String name, YearMonth from, YearMonth to) {

        boolean contains(YearMonth month) {
            return !month.isBefore(from) && !month.isAfter(to);
        }

        @Override
        public String toString() {
            return from + " to " + to;
        }
    }

    private final MonthlyCo2 series;
    private final int window;

    Co2Dataset(MonthlyCo2 series, int window) {
        if (window < 13) {
            throw new IllegalArgumentException(
                    "the seasonal baseline needs a window of at least 13 months, got " + window);
        }
        this.series = series;
        this.window = window;
    }

    MonthlyCo2 series() {
        return series;
    }

    int window() {
        return window;
    }

    /** The origins (index of each window's last reading) whose next month lies in {@code period}, with no gap in window or target. */
    int[] origins(Period period) {
        List<Integer> origins = new ArrayList<>();
        for (int origin = window - 1; origin + 1 < series.count(); origin++) {
            if (period.contains(series.month(origin + 1)) && series.consecutive(origin - window + 1, origin + 1)) {
                origins.add(origin);
            }
        }
        return origins.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The windows in ppm, example after example, oldest reading first: the serving graph's input. */
    float[] windows(int[] origins) {
        float[] flat = new float[origins.length * window];
        for (int i = 0; i < origins.length; i++) {
            for (int k = 0; k < window; k++) {
                flat[i * window + k] = (float) series.reading(origins[i] - window + 1 + k);
            }
        }
        return flat;
    }

    /** The next month's reading (ppm) for each origin. */
    double[] targets(int[] origins) {
        double[] targets = new double[origins.length];
        for (int i = 0; i < origins.length; i++) {
            targets[i] = series.reading(origins[i] + 1);
        }
        return targets;
    }

    /** The change from the window's last reading to the next month's, ppm: what the network learns. */
    double[] targetChanges(int[] origins) {
        double[] changes = new double[origins.length];
        for (int i = 0; i < origins.length; i++) {
            changes[i] = series.reading(origins[i] + 1) - series.reading(origins[i]);
        }
        return changes;
    }

    /** Each window's {@code window - 1} month-on-month changes, one row per example: the linear baseline's regressors. */
    double[][] changeWindows(int[] origins) {
        double[][] rows = new double[origins.length][window - 1];
        for (int i = 0; i < origins.length; i++) {
            int first = origins[i] - window + 1;
            for (int k = 1; k < window; k++) {
                rows[i][k - 1] = series.reading(first + k) - series.reading(first + k - 1);
            }
        }
        return rows;
    }

    /** Persistence: next month equals this month. */
    double[] persistence(int[] origins) {
        double[] forecast = new double[origins.length];
        for (int i = 0; i < origins.length; i++) {
            forecast[i] = series.reading(origins[i]);
        }
        return forecast;
    }

    /**
     * Seasonal naive with drift: the same month a year earlier plus the latest twelve-month rise,
     * {@code x[o-11] + (x[o] - x[o-12])}. The classical benchmark for a trending seasonal series.
     */
    double[] seasonalNaive(int[] origins) {
        double[] forecast = new double[origins.length];
        for (int i = 0; i < origins.length; i++) {
            int o = origins[i];
            forecast[i] = series.reading(o - 11) + series.reading(o) - series.reading(o - 12);
        }
        return forecast;
    }

    /** The month each forecast is for. */
    YearMonth[] targetMonths(int[] origins) {
        YearMonth[] months = new YearMonth[origins.length];
        for (int i = 0; i < origins.length; i++) {
            months[i] = series.month(origins[i] + 1);
        }
        return months;
    }

    /** The month-on-month changes whose next month lies in {@code period}: the training scaling's sample. */
    ElmanRnn.Scaling changeScaling(Period period) {
        double sum = 0;
        double squares = 0;
        int count = 0;
        for (int i = 1; i < series.count(); i++) {
            if (period.contains(series.month(i)) && series.consecutive(i - 1, i)) {
                double change = series.reading(i) - series.reading(i - 1);
                sum += change;
                squares += change * change;
                count++;
            }
        }
        if (count < 2) {
            throw new IllegalArgumentException("too few readings in " + period + " to scale the changes");
        }
        double mean = sum / count;
        return new ElmanRnn.Scaling(mean, Math.sqrt(Math.max(0, squares / count - mean * mean)));
    }
}
