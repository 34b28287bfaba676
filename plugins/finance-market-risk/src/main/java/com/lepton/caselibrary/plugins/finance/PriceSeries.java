package com.lepton.caselibrary.plugins.finance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Daily closing prices, oldest first, one per trading day.
 *
 * @param dates  the trading days, strictly increasing
 * @param closes the closing prices, all positive and finite
 */
public record PriceSeries(LocalDate[] dates, double[] closes) {

    public PriceSeries {
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(closes, "closes");
        if (dates.length != closes.length) {
            throw new IllegalArgumentException("dates and closes disagree: " + dates.length + " vs " + closes.length);
        }
        dates = dates.clone();
        closes = closes.clone();
        for (int i = 0; i < dates.length; i++) {
            if (i > 0 && !dates[i].isAfter(dates[i - 1])) {
                throw new IllegalArgumentException(
                        "dates must increase strictly: " + dates[i - 1] + " then " + dates[i]);
            }
            if (!(closes[i] > 0) || !Double.isFinite(closes[i])) {
                throw new IllegalArgumentException(
                        "closing price on " + dates[i] + " is not a positive number: " + closes[i]);
            }
        }
    }

    /** Number of trading days. */
    public int count() {
        return closes.length;
    }

    @Override
    public LocalDate[] dates() {
        return dates.clone();
    }

    @Override
    public double[] closes() {
        return closes.clone();
    }

    /** The trading day at {@code index}. */
    public LocalDate date(int index) {
        return dates[index];
    }

    /** The closing price at {@code index}. */
    public double close(int index) {
        return closes[index];
    }

    /** Index of the last trading day on or before {@code date}, or -1 if there is none. */
    public int indexOnOrBefore(LocalDate date) {
        int found = Arrays.binarySearch(dates, date);
        return found >= 0 ? found : -found - 2;
    }

    /** Daily log returns {@code ln(P_i / P_{i-1})}; return {@code i} belongs to day {@code i + 1}. */
    public double[] logReturns() {
        return Volatility.logReturns(closes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PriceSeries that
                && Arrays.equals(dates, that.dates)
                && Arrays.equals(closes, that.closes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(dates) + Arrays.hashCode(closes);
    }

    @Override
    public String toString() {
        return count() == 0
                ? "PriceSeries[]"
                : "PriceSeries[" + count() + " days, " + dates[0] + " .. " + dates[count() - 1] + "]";
    }
}
