package com.lepton.caselibrary.plugins.finance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The S&P 500 series cut into forecasting examples. An example is a forecast origin {@code t}, the
 * close of a trading day: its input is the window of returns {@code r[t-T+1..t]}, its target the
 * realised volatility of {@code r[t+1..t+5]}.
 *
 * <p>Examples are assigned to a period by date, never at random: an example belongs to a period
 * when its origin <em>and</em> its last target day lie inside it, so no target straddles two
 * periods (the last five origins of each period are dropped). Input windows may reach back into
 * the previous period; that is history a forecaster has at that date.
 */
final class VolatilityDataset {

    /** A period of the series, both ends inclusive. */
    /** Days of the rolling-volatility baseline. */
    static final int ROLLING_DAYS = 20;

    record Period(String name, LocalDate from, LocalDate to) {}

    private final PriceSeries prices;
    private final double[] returns;
    private final double[] ewma;

    VolatilityDataset(PriceSeries prices) {
        this.prices = prices;
        this.returns = prices.logReturns();
        this.ewma = Volatility.ewma(returns, Volatility.RISKMETRICS_LAMBDA);
    }

    /** All daily log returns; {@code r[t]} is the move into day {@code t + 1}. */
    double[] returns() {
        return returns.clone();
    }

    /** The trading day of return {@code t}. */
    LocalDate returnDate(int t) {
        return prices.date(t + 1);
    }

    /** The forecast origins of a period for windows of {@code window} returns, oldest first. */
    int[] origins(Period period, int window) {
        return IntStream.range(window - 1, returns.length - Volatility.HORIZON)
                .filter(t -> !returnDate(t).isBefore(period.from())
                        && !returnDate(t + Volatility.HORIZON).isAfter(period.to()))
                .toArray();
    }

    /** The returns dated inside a period, for the scaling statistics. */
    double[] returnsIn(Period period) {
        return IntStream.range(0, returns.length)
                .filter(t ->
                        !returnDate(t).isBefore(period.from()) && !returnDate(t).isAfter(period.to()))
                .mapToDouble(t -> returns[t])
                .toArray();
    }

    /** Realised next-5-day volatility (annualised %) at each origin. */
    double[] targets(int[] origins) {
        return Arrays.stream(origins)
                .mapToDouble(t -> Volatility.forward(returns, t))
                .toArray();
    }

    /** The standardised input windows, {@code origins.length * window} values, example after example. */
    float[] inputs(int[] origins, Preprocessing preprocessing) {
        int window = preprocessing.window();
        float[] inputs = new float[origins.length * window];
        for (int i = 0; i < origins.length; i++) {
            int first = origins[i] - window + 1;
            for (int k = 0; k < window; k++) {
                inputs[i * window + k] = preprocessing.standardise(returns[first + k]);
            }
        }
        return inputs;
    }

    /** The persistence baseline at each origin: realised volatility of the last five days. */
    double[] persistence(int[] origins) {
        return Arrays.stream(origins)
                .mapToDouble(t -> Volatility.persistence(returns, t))
                .toArray();
    }

    /** The RiskMetrics EWMA (lambda 0.94) baseline at each origin. */
    double[] ewma(int[] origins) {
        return Arrays.stream(origins).mapToDouble(t -> ewma[t]).toArray();
    }

    /** Realised volatility of the last {@code days} returns at each origin. */
    double[] trailing(int[] origins, int days) {
        return Arrays.stream(origins)
                .mapToDouble(t -> Volatility.trailing(returns, t, days))
                .toArray();
    }

    /**
     * The baselines' forecasts at each origin, by the name the card gives them: persistence, EWMA
     * and the rolling {@value #ROLLING_DAYS}-day volatility.
     */
    Map<String, double[]> baselines(int[] origins) {
        Map<String, double[]> forecasts = new LinkedHashMap<>();
        forecasts.put("persistence", persistence(origins));
        forecasts.put("ewma", ewma(origins));
        forecasts.put("rolling20", trailing(origins, ROLLING_DAYS));
        return forecasts;
    }

    /** The first and last trading day of the origins, for the model card. */
    String span(int[] origins) {
        return returnDate(origins[0]) + " to " + returnDate(origins[origins.length - 1]);
    }
}
