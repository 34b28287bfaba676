package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.ErrorInterval;

/**
 * The uncertainty band around one forecast: each forecast value plus the low and the high
 * held-out error quantile of the model's test period (an empirical prediction interval; nothing
 * is assumed about the errors' distribution and the model is not run again).
 *
 * @param lower    the band's lower edge, one value per forecast value
 * @param upper    the band's upper edge
 * @param interval the held-out errors it comes from: the quantiles, how many errors, how many inside
 */
public record ForecastBand(double[] lower, double[] upper, ErrorInterval interval) {

    /** The central share of held-out errors the band is drawn for. */
    public static final double COVERAGE = 0.9;

    public ForecastBand {
        lower = lower.clone();
        upper = upper.clone();
    }

    /** The band around {@code forecast}. */
    static ForecastBand around(double[] forecast, ErrorInterval interval) {
        double[][] band = interval.around(forecast);
        return new ForecastBand(band[0], band[1], interval);
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }
}
