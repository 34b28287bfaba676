package com.lepton.caselibrary.trainingkit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The epoch loop every trainer repeats: shuffle the training examples, step through them in
 * batches, score the validation part after each epoch, keep the weights of the best epoch and
 * record the curve. The network itself stays in the trainer, behind {@link Network}.
 */
public final class EpochLoop {

    /** What the loop drives. */
    public interface Network {

        /** One optimiser step on the examples with these indices; returns the batch's mean loss. */
        double step(int[] batch);

        /** The validation score after an epoch; higher is better (accuracy, F1, minus an error). */
        double validate();

        /** A copy of the current weights. */
        List<float[]> snapshot();

        /** Told after each epoch, e.g. to report progress; nothing by default. */
        default void epochEnded(int epoch, double loss, double score) {}
    }

    /**
     * What the loop found.
     *
     * @param bestWeights the weights of the best epoch
     * @param bestEpoch   that epoch, from 1
     * @param curve       the validation score after each epoch
     * @param losses      the mean training loss of each epoch
     * @param seconds     wall time of the whole loop
     */
    public record Outcome(
            List<float[]> bestWeights, int bestEpoch, List<Double> curve, List<Double> losses, double seconds) {

        /** The validation score of the kept epoch. */
        public double bestScore() {
            return curve.get(bestEpoch - 1);
        }
    }

    private EpochLoop() {}

    /**
     * Runs {@code epochs} epochs over the examples {@code 0 .. examples-1} in batches of {@code batchSize}, shuffled
     * with a generator seeded by {@code seed}; a tie keeps the earlier epoch.
     */
    public static Outcome fit(Network network, int examples, int batchSize, int epochs, long seed, PrintStream log) {
        if (examples <= 0) {
            throw new IllegalArgumentException("need at least one training example");
        }
        return run(network, Shuffle.identity(examples), epochs, batchSize, new Random(seed), "score", log);
    }

    /**
     * Runs {@code epochs} epochs over {@code train} (example indices) in batches of {@code batchSize},
     * shuffled with {@code random}; logs one line per epoch naming the validation score {@code metric}. A
     * metric named with a leading minus (e.g. {@code "-RMSE"}) is an error negated so that higher is better;
     * the log shows the error itself.
     */
    public static Outcome run(
            Network network, int[] train, int epochs, int batchSize, Random random, String metric, PrintStream log) {
        if (epochs < 1 || batchSize < 1 || train.length == 0) {
            throw new IllegalArgumentException("need at least one epoch, batch size and training example");
        }
        boolean negated = metric.startsWith("-");
        String shownMetric = negated ? metric.substring(1) : metric;
        int[] order = train.clone();
        List<Double> curve = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        List<float[]> best = null;
        int bestEpoch = 0;
        long start = System.nanoTime();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long epochStart = System.nanoTime();
            Shuffle.shuffle(order, random);
            double lossSum = 0;
            int batches = 0;
            for (int from = 0; from < order.length; from += batchSize) {
                lossSum += network.step(Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize)));
                batches++;
            }
            double score = network.validate();
            curve.add(score);
            losses.add(lossSum / batches);
            if (best == null || score > curve.get(bestEpoch - 1)) {
                best = network.snapshot();
                bestEpoch = epoch;
            }
            network.epochEnded(epoch, lossSum / batches, score);
            log.printf(
                    Locale.ROOT,
                    "epoch %2d/%d  loss %.4f  validation %s %.4f  (%.1f s)%n",
                    epoch,
                    epochs,
                    lossSum / batches,
                    shownMetric,
                    negated ? -score : score,
                    (System.nanoTime() - epochStart) / 1e9);
        }
        return new Outcome(best, bestEpoch, List.copyOf(curve), List.copyOf(losses), (System.nanoTime() - start) / 1e9);
    }
}
