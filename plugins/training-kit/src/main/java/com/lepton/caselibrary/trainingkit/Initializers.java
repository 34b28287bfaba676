package com.lepton.caselibrary.trainingkit;

import java.util.Random;
import org.tensorflow.ndarray.Shape;

/**
 * Seeded initial parameter values, the Keras defaults, drawn in Java: the Glorot initializer of
 * tensorflow-framework 1.0.0-rc.2 draws from {@code [0, limit)} only, with wrong fans for
 * convolutions, which leaves networks dead (all-positive weights). Values are row-major, the order
 * TensorFlow stores a tensor of that shape in; each method draws from {@code random} in element
 * order, so one generator shared across parameters gives a repeatable run for a seed.
 */
public final class Initializers {

    private Initializers() {}

    /**
     * Glorot (Xavier) uniform: uniform in {@code +-sqrt(6 / (fanIn + fanOut))}. For a kernel
     * {@code (..., in, out)} the receptive field (the product of the leading dimensions, 1 for a
     * dense kernel) multiplies both fans. A shape of rank below 2 (a bias) gets zeros and draws nothing.
     */
    public static float[] glorotUniform(Shape shape, Random random) {
        float[] value = new float[Math.toIntExact(shape.size())];
        if (shape.numDimensions() > 1) {
            long in = shape.get(shape.numDimensions() - 2);
            long out = shape.get(shape.numDimensions() - 1);
            long receptive = shape.size() / (in * out);
            fillUniform(value, Math.sqrt(6.0 / (receptive * (in + out))), random);
        }
        return value;
    }

    /** {@code size} values uniform in {@code +-limit} (e.g. an embedding's 0.05). */
    public static float[] uniform(int size, double limit, Random random) {
        float[] value = new float[size];
        fillUniform(value, limit, random);
        return value;
    }

    private static void fillUniform(float[] value, double limit, Random random) {
        for (int i = 0; i < value.length; i++) {
            value[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
        }
    }

    /** A random orthogonal {@code n x n} matrix, row-major: Gram-Schmidt on Gaussian rows (Keras' recurrent kernels). */
    public static float[] orthogonal(int n, Random random) {
        double[][] rows = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < n; k++) {
                rows[r][k] = random.nextGaussian();
            }
            for (int q = 0; q < r; q++) {
                double dot = 0;
                for (int k = 0; k < n; k++) {
                    dot += rows[r][k] * rows[q][k];
                }
                for (int k = 0; k < n; k++) {
                    rows[r][k] -= dot * rows[q][k];
                }
            }
            double norm = 0;
            for (int k = 0; k < n; k++) {
                norm += rows[r][k] * rows[r][k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < n; k++) {
                rows[r][k] /= norm;
            }
        }
        float[] matrix = new float[n * n];
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < n; k++) {
                matrix[r * n + k] = (float) rows[r][k];
            }
        }
        return matrix;
    }
}
