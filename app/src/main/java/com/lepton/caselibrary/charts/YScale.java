package com.lepton.caselibrary.charts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The y range a chart spans, from its lowest to its highest finite value, and the values labelled on the axis:
 * with more than two ticks the range is widened to round steps ({@link #niceStep}).
 *
 * @param low   the value at the bottom of the plot
 * @param high  the value at the top
 * @param ticks the labelled values, low to high
 */
record YScale(double low, double high, List<Double> ticks) {

    /** The scale of these lines and bands; sets {@code number} to as many decimals as the ticks need. */
    static YScale of(List<LineChart.Series> series, List<LineChart.Band> bands, int tickCount, NumberFormat number) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        List<double[]> all = new ArrayList<>();
        series.forEach(line -> all.add(line.values()));
        bands.forEach(area -> {
            all.add(area.lower());
            all.add(area.upper());
        });
        for (double[] values : all) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        if (max - min < 1e-12) {
            // A flat line (a validation accuracy of 1 every epoch) sits in the middle, not on an axis running to 2.
            double pad = Math.abs(min) < 1e-12 ? 1 : Math.abs(min) * 0.05;
            min -= pad;
            max += pad;
        }
        if (tickCount <= 2) {
            number.setMaximumFractionDigits(2);
            return new YScale(min, max, List.of(min, max));
        }
        double step = niceStep((max - min) / (tickCount - 1));
        min = Math.floor(min / step) * step;
        max = Math.ceil(max / step) * step;
        List<Double> ticks = new ArrayList<>();
        for (double v = min; v <= max + step / 2; v += step) {
            ticks.add(v);
        }
        number.setMaximumFractionDigits(Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9)));
        number.setMinimumFractionDigits(0);
        return new YScale(min, max, ticks);
    }

    /** Where {@code value} lies in a plot {@code plotHeight} high whose top edge is at {@code top}. */
    double y(double value, int top, int plotHeight) {
        return top + (high - value) / (high - low) * plotHeight;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= raw - 1e-12) {
                return factor * power;
            }
        }
        return 10 * power;
    }
}
