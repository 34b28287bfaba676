package com.lepton.caselibrary.trainingkit;

import java.util.Arrays;

/** Array plumbing the trainers share: widening TensorFlow's floats, picking rows, cutting flat batches into rows. */
public final class Rows {

    private Rows() {}

    /** The values as doubles. */
    public static double[] doubles(float[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }

    /** {@code values[rows[0]], values[rows[1]], ...} */
    public static double[] pick(double[] values, int[] rows) {
        return Arrays.stream(rows).mapToDouble(i -> values[i]).toArray();
    }

    /** {@code values[rows[0]], values[rows[1]], ...} */
    public static <T> T[] pick(T[] values, int[] rows) {
        T[] picked = Arrays.copyOf(values, rows.length);
        for (int i = 0; i < rows.length; i++) {
            picked[i] = values[rows[i]];
        }
        return picked;
    }

    /** Flat example-after-example inputs as one row per example, e.g. for a linear regression. */
    public static double[][] of(float[] flat, int count) {
        int width = flat.length / count;
        double[][] rows = new double[count][width];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < width; k++) {
                rows[i][k] = flat[i * width + k];
            }
        }
        return rows;
    }
}
