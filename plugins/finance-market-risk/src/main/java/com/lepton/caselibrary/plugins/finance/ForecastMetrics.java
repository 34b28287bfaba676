package com.lepton.caselibrary.plugins.finance;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How well one forecaster did on a split: errors of the volatility forecast and the quality of the
 * "elevated risk" flag it raises when its forecast exceeds the threshold.
 *
 * @param rmse      root mean squared error, annualised volatility in percentage points
 * @param mae       mean absolute error, percentage points
 * @param rmseLog   root mean squared error of the log volatility (relative error, scale free)
 * @param hitRate   share of days where the flag agrees with what happened (flag raised and the realised
 *                  volatility exceeded the threshold, or neither)
 * @param precision of the days flagged, the share that really turned out elevated
 * @param recall    of the days that turned out elevated, the share flagged in advance
 * @param flagged   days flagged
 * @param elevated  days that turned out elevated
 * @param count     days evaluated
 */
public record ForecastMetrics(
        double rmse,
        double mae,
        double rmseLog,
        double hitRate,
        double precision,
        double recall,
        int flagged,
        int elevated,
        int count) {

    /** Compares forecasts with realised values, both annualised %; flags are {@code value > threshold}. */
    public static ForecastMetrics of(double[] forecast, double[] realised, double threshold) {
        if (forecast.length != realised.length || forecast.length == 0) {
            throw new IllegalArgumentException(
                    "need equally many forecasts and outcomes, got " + forecast.length + " and " + realised.length);
        }
        double squares = 0;
        double absolutes = 0;
        double logSquares = 0;
        int truePositive = 0;
        int trueNegative = 0;
        int flagged = 0;
        int elevated = 0;
        for (int i = 0; i < forecast.length; i++) {
            double error = forecast[i] - realised[i];
            squares += error * error;
            absolutes += Math.abs(error);
            double logError = Math.log(forecast[i]) - Math.log(realised[i]);
            logSquares += logError * logError;
            boolean flag = forecast[i] > threshold;
            boolean real = realised[i] > threshold;
            flagged += flag ? 1 : 0;
            elevated += real ? 1 : 0;
            truePositive += flag && real ? 1 : 0;
            trueNegative += !flag && !real ? 1 : 0;
        }
        int n = forecast.length;
        return new ForecastMetrics(
                Math.sqrt(squares / n),
                absolutes / n,
                Math.sqrt(logSquares / n),
                (double) (truePositive + trueNegative) / n,
                flagged == 0 ? 0 : (double) truePositive / flagged,
                elevated == 0 ? 0 : (double) truePositive / elevated,
                flagged,
                elevated,
                n);
    }

    /** Each forecaster's figures against the same realised values, by the forecaster's name. */
    public static Map<String, ForecastMetrics> ofEach(
            Map<String, double[]> forecasts, double[] realised, double threshold) {
        Map<String, ForecastMetrics> metrics = new LinkedHashMap<>();
        forecasts.forEach((name, forecast) -> metrics.put(name, of(forecast, realised, threshold)));
        return metrics;
    }

    /** The figures by name, each key prefixed (e.g. {@code persistence.}) or not (the model's own). */
    public Map<String, Double> asMap(String prefix) {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put(prefix + "rmse", round(rmse));
        map.put(prefix + "mae", round(mae));
        map.put(prefix + "rmseLog", round(rmseLog));
        map.put(prefix + "hitRate", round(hitRate));
        map.put(prefix + "precision", round(precision));
        map.put(prefix + "recall", round(recall));
        return map;
    }

    /** One row of the training log: the figures after {@code name}. */
    String line(String name) {
        return String.format(
                Locale.ROOT,
                "%-12s RMSE %6.3f  MAE %6.3f  RMSE(log) %.4f  hit rate %.3f  precision %.3f  recall %.3f  (flagged %d, elevated %d)",
                name,
                rmse,
                mae,
                rmseLog,
                hitRate,
                precision,
                recall,
                flagged,
                elevated);
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
