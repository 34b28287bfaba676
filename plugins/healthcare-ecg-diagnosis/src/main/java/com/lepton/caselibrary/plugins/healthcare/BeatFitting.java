package com.lepton.caselibrary.plugins.healthcare;

import com.lepton.caselibrary.trainingkit.BatchedEvaluation;
import com.lepton.caselibrary.trainingkit.ClassifierTraining;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import com.lepton.caselibrary.trainingkit.Evaluation;
import java.io.PrintStream;
import java.util.List;

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
        try (BeatCnn.Training network = new BeatCnn.Training(BeatCnn.initialParameters(seed), LEARNING_RATE)) {
            double initialLoss = loss(network, train);
            EpochLoop.Outcome outcome = ClassifierTraining.fit(
                    network,
                    train,
                    () -> Math.round(evaluate(network::predict, validation).accuracy() * 10_000) / 10_000.0,
                    epochs,
                    BATCH_SIZE,
                    seed,
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
                data.copy(from + i, beats, i * window);
                labels[i] = data.label(from + i);
            }
            sum += network.loss(beats, labels, count) * count;
        }
        return sum / data.count();
    }

    /** Predicts a whole split in batches and compares with its labels. */
    static Evaluation evaluate(BatchedEvaluation.Predictor predictor, BeatDataset data) {
        return BatchedEvaluation.of(predictor, data, BeatClass.COUNT);
    }
}
