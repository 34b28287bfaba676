package com.lepton.caselibrary.trainingkit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The epoch loop every trainer repeats: shuffle the training examples with a seeded generator, feed
 * them in mini-batches, score the validation split after each epoch, keep the weights of the best
 * epoch and record the curve. The network itself stays with the caller, behind {@link Network}.
 */
public final class EpochLoop {

    private EpochLoop() {}

    /** What the loop needs of a network under training. */
    public interface Network {

        /** One optimizer step on the examples at {@code indices} (a mini-batch); returns the batch's mean loss. */
        double step(int[] indices);

        /** The validation score after an epoch (accuracy, AUROC, or minus a loss). */
        double validate();

        /** A copy of the current weights. */
        List<float[]> snapshot();
    }

    /**
     * What training produced.
     *
     * @param curve       validation score after epochs 1, 2, ...
     * @param losses      mean training loss of epochs 1, 2, ...
     * @param bestEpoch   the epoch (from 1) whose weights are kept
     * @param bestWeights the weights after that epoch
     * @param seconds     wall-clock time, validation included
     */
    public record Fit(
            List<Double> curve, List<Double> losses, int bestEpoch, List<float[]> bestWeights, double seconds) {

        public Fit {
            curve = List.copyOf(curve);
            losses = List.copyOf(losses);
        }

        /** The validation score of the kept epoch. */
        public double bestScore() {
            return curve.get(bestEpoch - 1);
        }
    }

    /**
     * Runs {@code epochs} epochs over {@code examples} training examples in batches of {@code batchSize};
     * a higher validation score is better, and a tie keeps the earlier epoch.
     */
    public static Fit fit(Network network, int examples, int batchSize, int epochs, long seed, PrintStream log) {
        if (examples <= 0 || batchSize <= 0 || epochs <= 0) {
            throw new IllegalArgumentException(
                    "examples, batch size and epochs must be positive: " + examples + ", " + batchSize + ", " + epochs);
        }
        List<Double> curve = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        List<float[]> bestWeights = null;
        int bestEpoch = 0;
        long start = System.nanoTime();
        Random random = new Random(seed);
        int[] order = Shuffle.identity(examples);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long epochStart = System.nanoTime();
            Shuffle.shuffle(order, random);
            double lossSum = 0;
            int batches = 0;
            for (int from = 0; from < examples; from += batchSize) {
                int[] batch = java.util.Arrays.copyOfRange(order, from, Math.min(examples, from + batchSize));
                lossSum += network.step(batch);
                batches++;
            }
            double score = network.validate();
            curve.add(score);
            losses.add(lossSum / batches);
            if (bestWeights == null || score > curve.get(bestEpoch - 1)) {
                bestWeights = network.snapshot();
                bestEpoch = epoch;
            }
            log.printf(
                    Locale.ROOT,
                    "epoch %2d/%d  loss %.5f  validation %.4f  (%.1f s)%n",
                    epoch,
                    epochs,
                    lossSum / batches,
                    score,
                    (System.nanoTime() - epochStart) / 1e9);
        }
        return new Fit(curve, losses, bestEpoch, bestWeights, (System.nanoTime() - start) / 1e9);
    }
}
