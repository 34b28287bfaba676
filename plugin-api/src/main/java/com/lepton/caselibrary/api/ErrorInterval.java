package com.lepton.caselibrary.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How far a forecasting model's held-out outcomes fell from its forecasts: {@code within} of
 * {@code errors} test-period errors (actual minus forecast) lay between {@code lower} and
 * {@code upper}. Read from a card through {@link ModelCard.TestForecast#errorInterval(double)}.
 *
 * @param lower       the low error quantile (usually negative: the outcome came in below the forecast)
 * @param upper       the high error quantile
 * @param coverage    the share the quantiles were chosen to cover, e.g. {@code 0.9}
 * @param errors      how many held-out errors it was computed from
 * @param within      how many of them lie within {@code [lower, upper]}
 * @param nonNegative whether every held-out actual value was at least zero (a quantity such as a
 *                    volatility), so a band need not be drawn below zero: cutting it there keeps
 *                    exactly the same held-out outcomes inside
 */
public record ErrorInterval(double lower, double upper, double coverage, int errors, int within, boolean nonNegative) {

    /** Fewer held-out errors than this give no interval: a 5 % tail of them would be under one point. */
    public static final int MIN_ERRORS = 20;

    /**
     * The interval of the errors {@code actual - model}, value by value: the {@code (1 - coverage) / 2}
     * quantile from each end of the sorted errors (nearest rank, rounded outwards), so at least
     * {@code coverage} of them lie inside; empty for fewer than {@link #MIN_ERRORS} errors.
     */
    static Optional<ErrorInterval> of(List<Double> actual, List<Double> model, double coverage) {
        if (!(coverage > 0 && coverage < 1)) {
            throw new IllegalArgumentException("coverage must lie between 0 and 1: " + coverage);
        }
        int n = actual.size();
        if (n < MIN_ERRORS) {
            return Optional.empty();
        }
        double[] errors = new double[n];
        boolean nonNegative = true;
        for (int i = 0; i < n; i++) {
            errors[i] = actual.get(i) - model.get(i);
            nonNegative &= actual.get(i) >= 0;
        }
        Arrays.sort(errors);
        double tail = (1 - coverage) / 2;
        int low = (int) Math.floor(tail * n + 1e-9);
        int high = Math.max(low, (int) Math.ceil((1 - tail) * n - 1e-9) - 1);
        double lower = errors[low];
        double upper = errors[high];
        int within = 0;
        for (double error : errors) {
            if (error >= lower && error <= upper) {
                within++;
            }
        }
        return Optional.of(new ErrorInterval(lower, upper, coverage, n, within, nonNegative));
    }

    /** The band around {@code forecast}, value by value: {@code [forecast + lower, forecast + upper]}, cut at zero when {@link #nonNegative}. */
    public double[][] around(double[] forecast) {
        double[] low = new double[forecast.length];
        double[] high = new double[forecast.length];
        for (int i = 0; i < forecast.length; i++) {
            low[i] = nonNegative ? Math.max(0, forecast[i] + lower) : forecast[i] + lower;
            high[i] = forecast[i] + upper;
        }
        return new double[][] {low, high};
    }

    /** The share of held-out errors that lie within, e.g. {@code 0.903}. */
    public double observedCoverage() {
        return (double) within / errors;
    }
}
