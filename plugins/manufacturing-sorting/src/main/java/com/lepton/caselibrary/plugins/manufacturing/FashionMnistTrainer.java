package com.lepton.caselibrary.plugins.manufacturing;

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
 * Trains the CNN on Fashion-MNIST with TF Java and exports it as a SavedModel.
 *
 * <p>The last 5,000 training images are held out as validation: they give the training curve and
 * pick the epoch whose weights are exported (the network has no dropout and starts to overfit
 * after a few epochs). The 10,000 test images are touched only once, by the exported model, for
 * the model card's metrics. Seeded: the same seed gives the same initial weights and batch order.
 */
public final class FashionMnistTrainer implements ModelTrainer {

    /** Where Debian's {@code dataset-fashion-mnist} package installs the gzipped IDX files. */
    public static final Path DEBIAN_DATA = Path.of("/usr/share/datasets/fashion-mnist");

    static final int DEFAULT_EPOCHS = 15;
    static final int BATCH_SIZE = 64;
    static final float LEARNING_RATE = 1e-3f;
    static final int VALIDATION_EXAMPLES = 5_000;
    private static final int EVALUATION_BATCH = 500;

    @Override
    public List<Path> dataDirectories() {
        return List.of(DEBIAN_DATA);
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        // DJL loads libtensorflow's JNI library; TF Java classes fail to link without it.
        Engine.getEngine("TensorFlow");

        FashionMnist trainFile = FashionMnist.load(context.dataDirectory(), FashionMnist.TRAIN);
        FashionMnist test = FashionMnist.load(context.dataDirectory(), FashionMnist.TEST);
        int trainCount = trainFile.count() - VALIDATION_EXAMPLES;
        FashionMnist train = trainFile.slice(0, trainCount);
        FashionMnist validation = trainFile.slice(trainCount, trainFile.count());
        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        log.printf("Fashion-MNIST: %d train, %d validation, %d test; %d epochs, batch %d, Adam lr %s, seed %d%n",
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

        Map<String, Double> metrics = new LinkedHashMap<>(evaluation.metrics(FashionClass.keys()));
        metrics.put("validationAccuracy", fit.bestAccuracy());
        return new ModelCard(
                ProductSortingCase.MODEL_NAME,
                ProductSortingCase.MODEL_VERSION,
                ("Fashion-MNIST (Zalando Research, MIT): %d train / %d validation (the last %d of the training file;"
                        + " the epoch with the best validation accuracy, %d of %d, is exported) / %d test")
                        .formatted(train.count(), validation.count(), validation.count(), fit.bestEpoch(), epochs, test.count()),
                train.count(),
                test.count(),
                metrics,
                baselines,
                FashionClass.keys(),
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
    private static Fit fit(FashionMnist train, FashionMnist validation, int epochs, long seed, PrintStream log) {
        List<Double> curve = new ArrayList<>();
        List<float[]> bestWeights = null;
        int bestEpoch = 0;
        long start = System.nanoTime();
        try (SeedCnn.Training network = new SeedCnn.Training(SeedCnn.initialParameters(seed), LEARNING_RATE)) {
            Random random = new Random(seed);
            int[] order = Shuffle.identity(train.count());
            float[] images = new float[BATCH_SIZE * FashionImageAdapter.PIXELS];
            int[] labels = new int[BATCH_SIZE];
            for (int epoch = 1; epoch <= epochs; epoch++) {
                long epochStart = System.nanoTime();
                Shuffle.shuffle(order, random);
                double lossSum = 0;
                int batches = 0;
                for (int from = 0; from < order.length; from += BATCH_SIZE) {
                    int count = Math.min(BATCH_SIZE, order.length - from);
                    for (int i = 0; i < count; i++) {
                        train.copyPixels(order[from + i], images, i * FashionImageAdapter.PIXELS);
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
    static Evaluation evaluate(BatchPredictor predictor, FashionMnist data) {
        int[] truth = new int[data.count()];
        int[] predicted = new int[data.count()];
        float[] images = new float[EVALUATION_BATCH * FashionImageAdapter.PIXELS];
        for (int from = 0; from < data.count(); from += EVALUATION_BATCH) {
            int count = Math.min(EVALUATION_BATCH, data.count() - from);
            for (int i = 0; i < count; i++) {
                data.copyPixels(from + i, images, i * FashionImageAdapter.PIXELS);
            }
            float[] probabilities = predictor.predict(images, count);
            for (int i = 0; i < count; i++) {
                truth[from + i] = data.label(from + i);
                predicted[from + i] = Evaluation.argMax(probabilities, i * FashionClass.COUNT, FashionClass.COUNT);
            }
        }
        return Evaluation.of(truth, predicted, FashionClass.COUNT);
    }

}
