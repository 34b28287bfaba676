package com.lepton.caselibrary.plugins.lineanomaly;

import com.lepton.caselibrary.trainingkit.BinaryScores;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import com.lepton.caselibrary.trainingkit.LabelledImages;
import java.io.PrintStream;
import java.util.List;

/** Training one line's autoencoder, and the scores it and the centroid baseline give a split. */
final class LineModels {

    static final int BATCH_SIZE = 64;
    static final float LEARNING_RATE = 1e-3f;
    /** The last this many normal training images of the line are validation: epoch choice and threshold. */
    static final int VALIDATION_EXAMPLES = 1_000;
    /** The threshold lets this share of normal validation products through without a warning. */
    static final double THRESHOLD_QUANTILE = 0.95;

    private static final int EVALUATION_BATCH = 500;

    private LineModels() {}

    /** Trains an autoencoder on {@code normal}, choosing the epoch with the lowest validation error. */
    static EpochLoop.Outcome fit(
            LabelledImages normal, LabelledImages validation, int epochs, long seed, PrintStream log) {
        try (ConvAutoencoder.Training network =
                new ConvAutoencoder.Training(ConvAutoencoder.initialParameters(seed), LEARNING_RATE)) {
            float[] batch = new float[BATCH_SIZE * ConvAutoencoder.PIXELS];
            EpochLoop.Network loop = new EpochLoop.Network() {
                @Override
                public double step(int[] indices) {
                    for (int i = 0; i < indices.length; i++) {
                        normal.copyPixels(indices[i], batch, i * ConvAutoencoder.PIXELS);
                    }
                    return network.step(batch, indices.length);
                }

                @Override
                public double validate() {
                    return -mean(scores(network::scores, 1, validation));
                }

                @Override
                public List<float[]> snapshot() {
                    return network.snapshot();
                }
            };
            return EpochLoop.fit(loop, normal.count(), BATCH_SIZE, epochs, seed, log);
        }
    }

    /** Something that turns {@code count} images into {@code count * width} values. */
    @FunctionalInterface
    interface BatchModel {
        float[] predict(float[] images, int count);
    }

    /** The first value of each image's output (the anomaly score), over a whole split. */
    static double[] scores(BatchModel model, int width, LabelledImages data) {
        double[] scores = new double[data.count()];
        float[] images = new float[EVALUATION_BATCH * ConvAutoencoder.PIXELS];
        for (int from = 0; from < data.count(); from += EVALUATION_BATCH) {
            int count = Math.min(EVALUATION_BATCH, data.count() - from);
            for (int i = 0; i < count; i++) {
                data.copyPixels(from + i, images, i * ConvAutoencoder.PIXELS);
            }
            float[] output = model.predict(images, count);
            for (int i = 0; i < count; i++) {
                scores[from + i] = output[i * width];
            }
        }
        return scores;
    }

    /** The baseline: squared distance to the mean normal training image, per pixel. */
    static double[] centroidScores(LabelledImages normal, LabelledImages data) {
        double[] centroid = new double[ConvAutoencoder.PIXELS];
        float[] pixels = new float[ConvAutoencoder.PIXELS];
        for (int n = 0; n < normal.count(); n++) {
            normal.copyPixels(n, pixels, 0);
            for (int i = 0; i < pixels.length; i++) {
                centroid[i] += pixels[i] / (double) normal.count();
            }
        }
        double[] scores = new double[data.count()];
        for (int n = 0; n < data.count(); n++) {
            data.copyPixels(n, pixels, 0);
            double sum = 0;
            for (int i = 0; i < pixels.length; i++) {
                sum += (pixels[i] - centroid[i]) * (pixels[i] - centroid[i]);
            }
            scores[n] = sum / pixels.length;
        }
        return scores;
    }

    /** Which images are anomalies for a line: every product of another class. */
    static boolean[] anomalies(LabelledImages data, Garment line) {
        boolean[] anomalous = new boolean[data.count()];
        for (int i = 0; i < anomalous.length; i++) {
            anomalous[i] = data.label(i) != line.ordinal();
        }
        return anomalous;
    }

    static double threshold(double[] validationScores) {
        return BinaryScores.quantile(validationScores, THRESHOLD_QUANTILE);
    }

    /** The standard deviation of the log scores of normal validation products: the warning level's unit. */
    static double logSpread(double[] validationScores) {
        double mean = 0;
        for (double score : validationScores) {
            mean += Math.log(Math.max(score, 1e-12)) / validationScores.length;
        }
        double variance = 0;
        for (double score : validationScores) {
            double d = Math.log(Math.max(score, 1e-12)) - mean;
            variance += d * d / validationScores.length;
        }
        return Math.sqrt(variance);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
