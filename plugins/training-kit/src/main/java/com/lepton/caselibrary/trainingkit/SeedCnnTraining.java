package com.lepton.caselibrary.trainingkit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains {@link SeedCnn} with Adam on shuffled mini-batches and keeps the weights of the epoch
 * with the best validation accuracy (the network has no dropout and overfits after a few
 * epochs); evaluates any batch predictor on labelled images. Seeded: the same seed gives the
 * same initial weights and batch order.
 */
public final class SeedCnnTraining {

    public static final int BATCH_SIZE = 64;
    public static final float LEARNING_RATE = 1e-3f;
    private static final int EVALUATION_BATCH = 500;

    private SeedCnnTraining() {}

    /**
     * What training produced: the validation accuracy after each epoch and the weights of the best epoch.
     *
     * @param curve       validation accuracy after epochs 1, 2, ...
     * @param bestEpoch   the epoch (from 1) whose weights are kept
     * @param bestWeights the parameters after that epoch
     * @param seconds     wall-clock training time, validation passes included
     */
    public record Fit(List<Double> curve, int bestEpoch, List<float[]> bestWeights, double seconds) {

        public double bestAccuracy() {
            return curve.get(bestEpoch - 1);
        }
    }

    /** Adam on shuffled mini-batches; after each epoch the validation accuracy decides whether to keep the weights. */
    public static Fit fit(ImageExamples train, ImageExamples validation, int epochs, long seed, PrintStream log) {
        List<Double> curve = new ArrayList<>();
        List<float[]> bestWeights = null;
        int bestEpoch = 0;
        long start = System.nanoTime();
        try (SeedCnn.Training network = new SeedCnn.Training(SeedCnn.initialParameters(seed), LEARNING_RATE)) {
            Random random = new Random(seed);
            int[] order = Shuffle.identity(train.count());
            float[] images = new float[BATCH_SIZE * SeedCnn.PIXELS];
            int[] labels = new int[BATCH_SIZE];
            for (int epoch = 1; epoch <= epochs; epoch++) {
                long epochStart = System.nanoTime();
                Shuffle.shuffle(order, random);
                double lossSum = 0;
                int batches = 0;
                for (int from = 0; from < order.length; from += BATCH_SIZE) {
                    int count = Math.min(BATCH_SIZE, order.length - from);
                    for (int i = 0; i < count; i++) {
                        train.copyPixels(order[from + i], images, i * SeedCnn.PIXELS);
                        labels[i] = train.label(order[from + i]);
                    }
                    lossSum += network.step(images, labels, count);
                    batches++;
                }
                double accuracy = evaluate(network::predict, validation).accuracy();
                curve.add(accuracy);
                if (bestWeights == null || accuracy > curve.get(bestEpoch - 1)) {
                    bestWeights = network.snapshot();
                    bestEpoch = epoch;
                }
                log.printf(
                        Locale.ROOT,
                        "epoch %2d/%d  loss %.4f  validation accuracy %.4f  (%.1f s)%n",
                        epoch,
                        epochs,
                        lossSum / batches,
                        accuracy,
                        (System.nanoTime() - epochStart) / 1e9);
            }
        }
        return new Fit(curve, bestEpoch, bestWeights, (System.nanoTime() - start) / 1e9);
    }

    /** Something that turns {@code count} images into {@code count * 10} probabilities. */
    @FunctionalInterface
    public interface BatchPredictor {
        float[] predict(float[] images, int count);
    }

    /** Predicts a whole split in batches and compares with its labels. */
    public static Evaluation evaluate(BatchPredictor predictor, ImageExamples data) {
        int[] truth = new int[data.count()];
        int[] predicted = new int[data.count()];
        float[] images = new float[EVALUATION_BATCH * SeedCnn.PIXELS];
        for (int from = 0; from < data.count(); from += EVALUATION_BATCH) {
            int count = Math.min(EVALUATION_BATCH, data.count() - from);
            for (int i = 0; i < count; i++) {
                data.copyPixels(from + i, images, i * SeedCnn.PIXELS);
            }
            float[] probabilities = predictor.predict(images, count);
            for (int i = 0; i < count; i++) {
                truth[from + i] = data.label(from + i);
                predicted[from + i] = Evaluation.argMax(probabilities, i * SeedCnn.CLASSES, SeedCnn.CLASSES);
            }
        }
        return Evaluation.of(truth, predicted, SeedCnn.CLASSES);
    }
}
