package com.lepton.caselibrary.plugins.healthcare;

import com.lepton.caselibrary.trainingkit.BatchedEvaluation;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.Shuffle;
import java.io.PrintStream;
import java.util.List;
import java.util.Random;

/** Fits the beat CNN on one split, choosing the epoch by another, and scores a network on a whole split. */
final class BeatFitting {

    static final int BATCH_SIZE = 64;
    static final float LEARNING_RATE = 1e-3f;

    private BeatFitting() {}

    /**
     * What training produced.
     *
     * @param curve       validation accuracy after epochs 1, 2, ... (rounded to four decimals)
     * @param losses      mean training loss of each epoch
     * @param initialLoss the loss on the training set before the first step
     * @param bestEpoch   the epoch (from 1) whose weights are kept
     * @param bestWeights the parameters after that epoch
     * @param seconds     wall-clock training time, validation passes included
     */
    record Fit(
            List<Double> curve,
            List<Double> losses,
            double initialLoss,
            int bestEpoch,
            List<float[]> bestWeights,
            double seconds) {

        double bestAccuracy() {
            return curve.get(bestEpoch - 1);
        }
    }

    /** Adam on shuffled mini-batches; after each epoch the validation accuracy decides whether to keep the weights. */
    static Fit fit(BeatDataset train, BeatDataset validation, int epochs, long seed, PrintStream log) {
        int window = BeatGenerator.WINDOW;
        try (BeatCnn.Training network = new BeatCnn.Training(BeatCnn.initialParameters(seed), LEARNING_RATE)) {
            double initialLoss = loss(network, train);
            float[] beats = new float[BATCH_SIZE * window];
            int[] labels = new int[BATCH_SIZE];
            EpochLoop.Outcome outcome = EpochLoop.run(
                    new EpochLoop.Network() {
                        @Override
                        public double step(int[] batch) {
                            for (int i = 0; i < batch.length; i++) {
                                train.copyWindow(batch[i], beats, i * window);
                                labels[i] = train.label(batch[i]);
                            }
                            return network.step(beats, labels, batch.length);
                        }

                        @Override
                        public double validate() {
                            return Math.round(evaluate(network::predict, validation)
                                                    .accuracy()
                                            * 10_000)
                                    / 10_000.0;
                        }

                        @Override
                        public List<float[]> snapshot() {
                            return network.snapshot();
                        }
                    },
                    Shuffle.identity(train.count()),
                    epochs,
                    BATCH_SIZE,
                    new Random(seed),
                    "accuracy",
                    log);
            return new Fit(
                    outcome.curve(),
                    outcome.losses(),
                    initialLoss,
                    outcome.bestEpoch(),
                    outcome.bestWeights(),
                    outcome.seconds());
        }
    }

    /** The mean loss over a whole split, in evaluation batches. */
    private static double loss(BeatCnn.Training network, BeatDataset data) {
        int window = BeatGenerator.WINDOW;
        float[] beats = new float[BatchedEvaluation.BATCH * window];
        int[] labels = new int[BatchedEvaluation.BATCH];
        double sum = 0;
        for (int from = 0; from < data.count(); from += BatchedEvaluation.BATCH) {
            int count = Math.min(BatchedEvaluation.BATCH, data.count() - from);
            for (int i = 0; i < count; i++) {
                data.copyWindow(from + i, beats, i * window);
                labels[i] = data.label(from + i);
            }
            sum += network.loss(beats, labels, count) * count;
        }
        return sum / data.count();
    }

    /** Something that turns {@code count} windows into {@code count * 4} probabilities. */
    @FunctionalInterface
    interface BatchPredictor {
        float[] predict(float[] beats, int count);
    }

    /** Predicts a whole split in batches and compares with its labels. */
    static Evaluation evaluate(BatchPredictor predictor, BeatDataset data) {
        return BatchedEvaluation.of(
                predictor::predict, data.count(), data::copyWindow, data::label, BeatGenerator.WINDOW, BeatClass.COUNT);
    }
}
