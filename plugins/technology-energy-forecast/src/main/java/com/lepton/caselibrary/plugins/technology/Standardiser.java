package com.lepton.caselibrary.plugins.technology;

import java.util.Locale;

/**
 * Subtracts a mean and divides by a standard deviation, both measured on the training period only.
 *
 * @param mean the training values' mean
 * @param std  their (population) standard deviation, positive
 */
public record Standardiser(double mean, double std) {

    public Standardiser {
        if (!Double.isFinite(mean) || !(std > 0) || !Double.isFinite(std)) {
            throw new IllegalArgumentException("invalid statistics: mean " + mean + ", std " + std);
        }
    }

    /** The mean and population standard deviation of some values. */
    public static Standardiser of(double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("need at least two values, got " + values.length);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Standardiser(mean, Math.sqrt(squares / values.length));
    }

    /** {@code (value - mean) / std}. */
    public float standardise(double value) {
        return (float) ((value - mean) / std);
    }

    /** Back to the original unit: {@code z * std + mean}. */
    public double original(double z) {
        return z * std + mean;
    }

    /** Each value standardised. */
    public float[] standardise(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = standardise(values[i]);
        }
        return result;
    }

    /** Each standardised value back in the original unit. */
    public double[] original(float[] standardised) {
        double[] result = new double[standardised.length];
        for (int i = 0; i < standardised.length; i++) {
            result[i] = original(standardised[i]);
        }
        return result;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "mean %.4f std %.4f", mean, std);
    }
}
