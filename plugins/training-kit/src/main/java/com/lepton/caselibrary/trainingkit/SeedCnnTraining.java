package com.lepton.caselibrary.trainingkit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains {@link SeedCnn} with Adam on shuffled mini-batches and keeps the weights of the epoch
 * with the best validation accuracy (the network has no dropout and overfits after a few
 * epochs); evaluates any batch predictor on labelled images. Seeded: the same seed gives the
 * same initial weights and batch order.
 */
public final class SeedCnnTraining {

    public static final int BATCH_SIZE = 64;
    public static final float LEARNING_RATE = 1e-3f;

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
        try (SeedCnn.Training network = new SeedCnn.Training(SeedCnn.initialParameters(seed), LEARNING_RATE)) {
            EpochLoop.Outcome outcome = ClassifierTraining.fit(
                    network,
                    train,
                    () -> evaluate(network::predict, validation).accuracy(),
                    epochs,
                    BATCH_SIZE,
                    seed,
                    log);
            return new Fit(outcome.curve(), outcome.bestEpoch(), outcome.bestWeights(), outcome.seconds());
        }
    }

    /**
     * What {@link #trainAndExport} produced.
     *
     * @param fit       the training run
     * @param test      the exported graph's scores on the test images
     * @param baselines the pixel baselines' test accuracy
     */
    public record Run(Fit fit, Evaluation test, Map<String, Double> baselines) {}

    /**
     * The seed CNN trainers' common run: trains, evaluates the very graph that is exported on
     * {@code test} (so the card describes the shipped model), exports it to {@code output} and scores
     * the pixel baselines.
     */
    public static Run trainAndExport(
            ImageExamples train,
            ImageExamples validation,
            ImageExamples test,
            int epochs,
            long seed,
            Path output,
            PrintStream log)
            throws IOException {
        Fit fit = fit(train, validation, epochs, seed, log);
        log.printf(
                Locale.ROOT,
                "trained in %.1f s; exporting epoch %d (validation accuracy %.4f)%n",
                fit.seconds(),
                fit.bestEpoch(),
                fit.bestAccuracy());
        Evaluation evaluation;
        try (SeedCnn.Serving serving = new SeedCnn.Serving(fit.bestWeights())) {
            evaluation = evaluate(serving::predict, test);
            SavedModelExport.clear(output);
            serving.export(output);
        }
        log.printf(
                Locale.ROOT,
                "test accuracy %.4f, macro-F1 %.4f; SavedModel in %s%n",
                evaluation.accuracy(),
                evaluation.macroF1(),
                output);
        Map<String, Double> baselines = PixelBaselines.evaluate(train, test, seed);
        log.println("baselines (test accuracy): " + baselines);
        return new Run(fit, evaluation, baselines);
    }

    /** Something that turns {@code count} images into {@code count * 10} probabilities. */
    @FunctionalInterface
    public interface BatchPredictor {
        float[] predict(float[] images, int count);
    }

    /** Predicts a whole split in batches and compares with its labels. */
    public static Evaluation evaluate(BatchPredictor predictor, ImageExamples data) {
        return BatchedEvaluation.of(predictor::predict, data, SeedCnn.CLASSES);
    }
}
