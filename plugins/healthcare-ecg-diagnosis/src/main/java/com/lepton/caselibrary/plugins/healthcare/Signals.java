package com.lepton.caselibrary.plugins.healthcare;

import java.util.Arrays;

/** Resampling and scaling shared by the training data and the demo adapter, so both see the same. */
public final class Signals {

    private Signals() {}

    /**
     * Resamples {@code values} to {@code length} points by linear interpolation, first and last
     * values kept: point {@code j} lies at {@code j * (n - 1) / (length - 1)} of the input.
     */
    public static double[] resample(double[] values, int length) {
        int n = values.length;
        if (n == 0 || length < 2) {
            throw new IllegalArgumentException("need at least one value and two output points");
        }
        double[] out = new double[length];
        if (n == 1) {
            Arrays.fill(out, values[0]);
            return out;
        }
        double step = (double) (n - 1) / (length - 1);
        for (int j = 0; j < length; j++) {
            double position = j * step;
            int left = Math.min((int) Math.floor(position), n - 2);
            double fraction = position - left;
            out[j] = values[left] * (1 - fraction) + values[left + 1] * fraction;
        }
        return out;
    }

    /** The population standard deviation. */
    public static double std(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / values.length);
    }

    /** Zero mean, unit standard deviation; a flat input gives all zeros. */
    public static float[] zNormalise(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double std = std(values);
        float[] out = new float[values.length];
        if (std == 0) {
            return out;
        }
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) ((values[i] - mean) / std);
        }
        return out;
    }

    /** {@link #zNormalise(double[])} for float input. */
    public static float[] zNormalise(float[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return zNormalise(doubles);
    }
}
