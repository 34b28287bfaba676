package com.lepton.caselibrary.plugins.finance;

import java.util.Arrays;

/**
 * Realised volatility and the two statistical baselines, in plain Java.
 *
 * <p>Volatility is always <em>annualised, in percent</em>, the scale of the VIX: the root mean
 * square of daily log returns times {@code sqrt(252)} times 100. Means are not subtracted (over a few
 * days the mean return is noise). Return {@code r[t]} is the move into day {@code t + 1} of the
 * price series; a forecast made at the close of day {@code t} may use {@code r[0..t]} only.
 */
public final class Volatility {

    /** Trading days the forecast covers. */
    public static final int HORIZON = 5;
    /** Trading days per year, for annualising. */
    public static final double TRADING_DAYS = 252;
    /** RiskMetrics' decay factor for daily data. */
    public static final double RISKMETRICS_LAMBDA = 0.94;
    /** Returns used to seed the EWMA variance. */
    static final int EWMA_SEED_RETURNS = 20;

    private Volatility() {}

    /** Daily log returns {@code ln(p[i + 1] / p[i])}, one fewer than the prices. */
    public static double[] logReturns(double[] prices) {
        double[] returns = new double[Math.max(0, prices.length - 1)];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = Math.log(prices[i + 1] / prices[i]);
        }
        return returns;
    }

    /** Annualised volatility in percent for a mean squared daily return. */
    public static double annualise(double meanSquare) {
        return 100 * Math.sqrt(TRADING_DAYS * meanSquare);
    }

    /** Realised volatility (annualised %) of returns {@code from} (inclusive) to {@code to} (exclusive). */
    public static double realised(double[] returns, int from, int to) {
        if (from < 0 || to > returns.length || to <= from) {
            throw new IllegalArgumentException("no returns in [" + from + ", " + to + ") of " + returns.length);
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += returns[i] * returns[i];
        }
        return annualise(sum / (to - from));
    }

    /** The target: realised volatility of the next {@value #HORIZON} days after day {@code t}, {@code r[t+1..t+5]}. */
    public static double forward(double[] returns, int t) {
        return realised(returns, t + 1, t + 1 + HORIZON);
    }

    /** Naive persistence: the next five days will be as volatile as the last five, {@code r[t-4..t]}. */
    public static double persistence(double[] returns, int t) {
        return trailing(returns, t, HORIZON);
    }

    /** Realised volatility of the last {@code days} returns up to and including {@code r[t]}. */
    public static double trailing(double[] returns, int t, int days) {
        return realised(returns, t - days + 1, t + 1);
    }

    /**
     * RiskMetrics EWMA forecasts: {@code s[t] = lambda * s[t-1] + (1 - lambda) * r[t]^2} is the
     * variance forecast for day {@code t + 1} (and, flat, for the days after) made at the close of
     * day {@code t}. The recursion starts from the mean square of the first {@value #EWMA_SEED_RETURNS}
     * returns; after a few months the start no longer matters (0.94^100 is 0.2%).
     *
     * @return the annualised % forecast made at each day {@code t}
     */
    public static double[] ewma(double[] returns, double lambda) {
        double[] forecasts = new double[returns.length];
        if (returns.length == 0) {
            return forecasts;
        }
        int seed = Math.min(EWMA_SEED_RETURNS, returns.length);
        double variance = 0;
        for (int i = 0; i < seed; i++) {
            variance += returns[i] * returns[i];
        }
        variance /= seed;
        for (int t = 0; t < returns.length; t++) {
            variance = lambda * variance + (1 - lambda) * returns[t] * returns[t];
            forecasts[t] = annualise(variance);
        }
        return forecasts;
    }

    /** The {@code q}-quantile (0..1) of values, linear between order statistics (as numpy's default). */
    public static double quantile(double[] values, double q) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** Mean and (population) standard deviation. */
    public static double[] meanAndStd(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(squares / values.length)};
    }
}
