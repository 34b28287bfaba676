package com.lepton.caselibrary.testkit;

import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.ImageExamples;
import com.lepton.caselibrary.trainingkit.SeedCnn;
import com.lepton.caselibrary.trainingkit.SeedCnnTraining;
import com.lepton.caselibrary.trainingkit.Shuffle;
import java.util.Random;

/**
 * A smoke training of the training kit's {@link SeedCnn} with its trainer's batch size and Adam
 * learning rate, as the image plugins' {@code SmokeTrainingTest}s each ran it in their own copy:
 * seed 42 for the initial weights and the shuffles, the held-out accuracy before and after, and
 * the mean loss of the first and of the last {@code lossWindow} batches. The slice, the epochs and
 * the figures it must reach stay in the plugin's test. Needs the TensorFlow native library.
 *
 * @param firstLoss the mean loss of the first {@code lossWindow} batches of the first epoch
 * @param lastLoss  the mean loss of the last {@code lossWindow} batches of the last epoch
 * @param before    the untrained network on the held-out examples
 * @param after     the trained network on the held-out examples
 */
public record SeedCnnSmokeTraining(double firstLoss, double lastLoss, Evaluation before, Evaluation after) {

    private static final long SEED = 42;

    /** Trains a fresh network on {@code train} for {@code epochs} and judges it on {@code heldOut}. */
    public static SeedCnnSmokeTraining run(ImageExamples train, ImageExamples heldOut, int epochs, int lossWindow) {
        int batchSize = SeedCnnTraining.BATCH_SIZE;
        int pixels = SeedCnn.PIXELS;
        double firstLoss = 0;
        double lastLoss = 0;
        Evaluation before;
        Evaluation after;
        try (SeedCnn.Training network =
                new SeedCnn.Training(SeedCnn.initialParameters(SEED), SeedCnnTraining.LEARNING_RATE)) {
            before = SeedCnnTraining.evaluate(network::predict, heldOut);
            Random random = new Random(SEED);
            int[] order = Shuffle.identity(train.count());
            float[] images = new float[batchSize * pixels];
            int[] labels = new int[batchSize];
            int batchesPerEpoch = (train.count() + batchSize - 1) / batchSize;
            for (int epoch = 1; epoch <= epochs; epoch++) {
                Shuffle.shuffle(order, random);
                for (int b = 0, from = 0; from < order.length; b++, from += batchSize) {
                    int count = Math.min(batchSize, order.length - from);
                    for (int i = 0; i < count; i++) {
                        train.copyPixels(order[from + i], images, i * pixels);
                        labels[i] = train.label(order[from + i]);
                    }
                    float loss = network.step(images, labels, count);
                    if (epoch == 1 && b < lossWindow) {
                        firstLoss += loss / lossWindow;
                    }
                    if (epoch == epochs && b >= batchesPerEpoch - lossWindow) {
                        lastLoss += loss / lossWindow;
                    }
                }
            }
            after = SeedCnnTraining.evaluate(network::predict, heldOut);
        }
        return new SeedCnnSmokeTraining(firstLoss, lastLoss, before, after);
    }
}
