package com.lepton.caselibrary.api;

import java.util.Objects;

/**
 * A grid of values in [0, 1] laid over an image input, e.g. where a product differs from what
 * an anomaly model learned as normal. The host draws 0 as nothing and 1 as the strongest colour.
 *
 * @param width   columns
 * @param height  rows
 * @param values  {@code width * height} values in [0, 1], row by row
 * @param caption what the values mean, for the legend
 * @since 1.3.0
 */
public record Heatmap(int width, int height, double[] values, LocalizedText caption) {

    public Heatmap {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(caption, "caption");
        if (width <= 0 || height <= 0 || values.length != (long) width * height) {
            throw new IllegalArgumentException(
                    "a " + width + "x" + height + " heatmap needs " + width * height + " values, got " + values.length);
        }
        values = values.clone();
        for (double value : values) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("heatmap values must lie in [0, 1]: " + value);
            }
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The value at column {@code x}, row {@code y}. */
    public double at(int x, int y) {
        return values[y * width + x];
    }
}
