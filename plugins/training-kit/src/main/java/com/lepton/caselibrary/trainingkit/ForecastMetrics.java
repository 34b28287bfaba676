package com.lepton.caselibrary.trainingkit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far one forecaster's point forecasts were from what was observed, in the units of the series.
 *
 * @param rmse  root mean squared error
 * @param mae   mean absolute error
 * @param bias  mean of forecast minus observation; positive means too high
 * @param count forecasts evaluated
 */
public record ForecastMetrics(double rmse, double mae, double bias, int count) {

    /** Compares forecasts with observations. */
    public static ForecastMetrics of(double[] forecast, double[] observed) {
        if (forecast.length != observed.length || forecast.length == 0) {
            throw new IllegalArgumentException(
                    "need equally many forecasts and observations, got " + forecast.length + " and " + observed.length);
        }
        double squares = 0;
        double absolutes = 0;
        double sum = 0;
        for (int i = 0; i < forecast.length; i++) {
            double error = forecast[i] - observed[i];
            squares += error * error;
            absolutes += Math.abs(error);
            sum += error;
        }
        int n = forecast.length;
        return new ForecastMetrics(Math.sqrt(squares / n), absolutes / n, sum / n, n);
    }

    /**
     * The Diebold-Mariano statistic for one-step forecasts under squared-error loss: the mean of
     * {@code (a - y)^2 - (b - y)^2} divided by its standard error. Positive when {@code b} is the
     * more accurate; beyond about +-2 the difference is unlikely to be chance (5% level).
     */
    public static double dieboldMariano(double[] a, double[] b, double[] observed) {
        if (a.length != observed.length || b.length != observed.length || observed.length < 2) {
            throw new IllegalArgumentException("need at least two paired forecasts and observations");
        }
        int n = observed.length;
        double[] d = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double ea = a[i] - observed[i];
            double eb = b[i] - observed[i];
            d[i] = ea * ea - eb * eb;
            sum += d[i];
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : d) {
            squares += (v - mean) * (v - mean);
        }
        double standardError = Math.sqrt(squares / (n - 1) / n);
        return standardError == 0 ? 0 : mean / standardError;
    }

    /** RMSE and MAE by name, each key prefixed (e.g. {@code persistence.}) or not (the model's own). */
    public Map<String, Double> asMap(String prefix) {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put(prefix + "rmse", round(rmse));
        map.put(prefix + "mae", round(mae));
        return map;
    }

    public static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
