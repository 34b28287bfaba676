package ${package};

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.Shuffle;
import com.lepton.caselibrary.trainingkit.TrainingMachine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the species network on the shipped Palmer penguins data and exports it as a SavedModel.
 *
 * <p>A stratified split with a fixed seed ({@link #SPLIT_SEED}, independent of the training seed)
 * holds out 20 % as the test set, touched once by the exported model for the card; 20 % of the rest
 * validates each epoch (the training curve) and picks the exported epoch. Baselines on the same test
 * set: the majority species and the nearest species centroid on standardised measurements.
 */
public final class SpeciesTrainer implements ModelTrainer {

    /** The project's {@code data/} folder, relative to where training runs (the project folder). */
    public static final Path PROJECT_DATA = Path.of("data");
    static final long SPLIT_SEED = 2026;
    static final double TEST_SHARE = 0.2;
    static final double VALIDATION_SHARE = 0.2;
    static final int DEFAULT_EPOCHS = 150;
    static final int BATCH_SIZE = 16;
    static final float LEARNING_RATE = 0.01f;

    @Override
    public List<Path> dataDirectories() {
        return List.of(PROJECT_DATA.toAbsolutePath());
    }

    /** The fixed splits every training and test of this plugin uses. */
    public record Splits(PenguinTable train, PenguinTable validation, PenguinTable test) {

        public static Splits of(PenguinTable all) {
            PenguinTable.Split outer = all.split(TEST_SHARE, SPLIT_SEED);
            PenguinTable.Split inner = outer.train().split(VALIDATION_SHARE, SPLIT_SEED + 1);
            return new Splits(inner.train(), inner.test(), outer.test());
        }
    }

    /**
     * What one training run gave.
     *
     * @param curve       validation accuracy after each epoch
     * @param bestEpoch   the first epoch with the best validation accuracy, 1-based
     * @param bestWeights the parameters after that epoch
     * @param firstLoss   mean training loss of the first epoch
     * @param lastLoss    mean training loss of the last epoch
     */
    public record Fit(List<Double> curve, int bestEpoch, List<float[]> bestWeights, double firstLoss, double lastLoss, double seconds) {
    }

    /** Mini-batch Adam on {@code train}, validated after each epoch on {@code validation}; training-kit's epoch loop does the rest. */
    public static Fit fit(PenguinTable train, PenguinTable validation, float[][] scaling, int epochs, long seed, PrintStream log) {
        float[] batch = new float[BATCH_SIZE * PenguinTable.FEATURES];
        int[] labels = new int[BATCH_SIZE];
        try (SpeciesMlp.Training network = new SpeciesMlp.Training(SpeciesMlp.initialParameters(seed), scaling, LEARNING_RATE)) {
            EpochLoop.Outcome outcome = EpochLoop.run(new EpochLoop.Network() {
                @Override
                public double step(int[] indices) {
                    for (int i = 0; i < indices.length; i++) {
                        System.arraycopy(train.features(), indices[i] * PenguinTable.FEATURES, batch, i * PenguinTable.FEATURES, PenguinTable.FEATURES);
                        labels[i] = train.labels()[indices[i]];
                    }
                    return network.step(batch, labels, indices.length);
                }

                @Override
                public double validate() {
                    return evaluate(network.predict(validation.features(), validation.count()), validation).accuracy();
                }

                @Override
                public List<float[]> snapshot() {
                    return network.snapshot();
                }
            }, Shuffle.identity(train.count()), epochs, BATCH_SIZE, new Random(seed), "accuracy", log);
            List<Double> curve = outcome.curve().stream().map(accuracy -> Math.round(accuracy * 10_000) / 10_000.0).toList();
            return new Fit(curve, outcome.bestEpoch(), outcome.bestWeights(), outcome.losses().getFirst(), outcome.losses().getLast(), outcome.seconds());
        }
    }

    public static Evaluation evaluate(float[] probabilities, PenguinTable table) {
        int[] predicted = new int[table.count()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = Evaluation.argMax(probabilities, i * SpeciesMlp.CLASSES, SpeciesMlp.CLASSES);
        }
        return Evaluation.of(table.labels(), predicted, SpeciesMlp.CLASSES);
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        // DJL loads libtensorflow's JNI library; TF Java classes fail to link without it.
        Engine.getEngine("TensorFlow");
        Splits splits = Splits.of(PenguinTable.load(context.dataDirectory()));
        float[][] scaling = splits.train().meanAndStd();
        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        log.printf("penguins: %d train, %d validation, %d test; %d parameters; %d epochs, batch %d, Adam lr %s, seed %d%n",
                splits.train().count(), splits.validation().count(), splits.test().count(), SpeciesMlp.parameterCount(),
                epochs, BATCH_SIZE, LEARNING_RATE, context.seed());
        Fit fit = fit(splits.train(), splits.validation(), scaling, epochs, context.seed(), log);

        Evaluation test;
        try (SpeciesMlp.Serving serving = new SpeciesMlp.Serving(fit.bestWeights(), scaling)) {
            // The very graph that is exported is evaluated, so the card describes the shipped model.
            test = evaluate(serving.predict(splits.test().features(), splits.test().count()), splits.test());
            SavedModelExport.clear(context.outputDirectory());
            serving.export(context.outputDirectory());
        }
        Map<String, Double> baselines = new LinkedHashMap<>();
        baselines.put("majoritySpecies", Baselines.majority(splits.train(), splits.test()));
        baselines.put("nearestCentroid", Baselines.nearestCentroid(splits.train(), splits.test(), scaling));
        log.printf(Locale.ROOT, "exported epoch %d; test accuracy %.4f, macro-F1 %.4f; baselines %s%n",
                fit.bestEpoch(), test.accuracy(), test.macroF1(), baselines);

        Map<String, Double> metrics = new LinkedHashMap<>(test.metrics(Species.keys()));
        metrics.put("validationAccuracy", fit.curve().get(fit.bestEpoch() - 1));
        ModelCard card = new ModelCard(
                SpeciesCase.MODEL_NAME,
                SpeciesCase.MODEL_VERSION,
                ("Palmer penguins (vega-datasets 3.2.1 penguins.json, CC0), the %d penguins with all four measurements; stratified split"
                        + " with seed %d: %d train / %d validation (picks the exported epoch, %d of %d) / %d test")
                        .formatted(splits.train().count() + splits.validation().count() + splits.test().count(), SPLIT_SEED,
                                splits.train().count(), splits.validation().count(), fit.bestEpoch(), epochs, splits.test().count()),
                splits.train().count(),
                splits.test().count(),
                metrics,
                baselines,
                Species.keys(),
                test.confusionMatrix(),
                fit.curve(),
                epochs,
                context.seed(),
                SpeciesMlp.parameterCount(),
                Math.round(fit.seconds() * 10) / 10.0,
                TrainingMachine.describe(),
                TrainingMachine.now());
        // The portal is bilingual: the card's texts in Chinese too, with the same figures.
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("Palmer 企鹅数据（vega-datasets 3.2.1 penguins.json，CC0），四项测量值齐全的 %d 只企鹅；"
                                + "以种子 %d 分层划分：训练 %d / 验证 %d（用于选择导出的轮次，即第 %d 轮，共 %d 轮）/ 测试 %d")
                                .formatted(splits.train().count() + splits.validation().count() + splits.test().count(),
                                        SPLIT_SEED, splits.train().count(), splits.validation().count(), fit.bestEpoch(),
                                        epochs, splits.test().count()),
                        TrainingMachine.describeInChinese()));
    }
}
