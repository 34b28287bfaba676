package com.lepton.caselibrary.plugins.lineanomaly;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.trainingkit.AnomalyClasses;
import com.lepton.caselibrary.trainingkit.BinaryScores;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.LabelledImages;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.TrainingMachine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the line's autoencoder on Fashion-MNIST under the one-class protocol and exports it.
 *
 * <p>For each of the ten classes in turn (the shipped line first), the autoencoder sees only that
 * class's 6,000 training images: the first 5,000 train it, the last 1,000 choose the epoch and set
 * the threshold. All 10,000 test images are then scored: the line's 1,000 are normal, the other
 * 9,000 anomalies. The card gives each class's AUROC, and for the shipped line the precision and
 * recall of the warning at its threshold, each beside the distance-to-centroid baseline.
 */
public final class LineAnomalyTrainer implements ModelTrainer {

    public static final Path DEBIAN_DATA = Path.of("/usr/share/datasets/fashion-mnist");
    static final int DEFAULT_EPOCHS = 40;

    private final boolean allLines;

    /** Trains the shipped line and, for the card's AUROC table, the nine others. */
    public LineAnomalyTrainer() {
        this(true);
    }

    /** {@code allLines = false} trains the shipped line only (the card's table then has one class). */
    LineAnomalyTrainer(boolean allLines) {
        this.allLines = allLines;
    }

    @Override
    public List<Path> dataDirectories() {
        return List.of(DEBIAN_DATA);
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        Engine.getEngine("TensorFlow");
        LabelledImages train = LabelledImages.load(context.dataDirectory(), "train");
        LabelledImages test = LabelledImages.load(context.dataDirectory(), "t10k");
        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        Garment line = LineAnomalyCase.LINE;

        Map<String, Double> metrics = new LinkedHashMap<>();
        Map<String, Double> baselines = new LinkedHashMap<>();
        LabelledImages lineImages = train.ofClass(line.ordinal());
        LabelledImages normal = lineImages.slice(0, lineImages.count() - LineModels.VALIDATION_EXAMPLES);
        LabelledImages validation = lineImages.slice(normal.count(), lineImages.count());
        log.printf(
                "line %s: %d normal training images, %d validation, %d test (%d anomalies); %d epochs, seed %d%n",
                line.key(),
                normal.count(),
                validation.count(),
                test.count(),
                test.count() - test.ofClass(line.ordinal()).count(),
                epochs,
                context.seed());
        EpochLoop.Outcome fit = LineModels.fit(normal, validation, epochs, context.seed(), log);
        double trainingSeconds = fit.seconds();

        boolean[] anomalous = LineModels.anomalies(test, line);
        double[] validationScores;
        double[] testScores;
        double threshold;
        double spread;
        try (ConvAutoencoder.Training scorer = new ConvAutoencoder.Training(fit.bestWeights(), 0f)) {
            validationScores = LineModels.scores(scorer::scores, 1, validation);
            threshold = LineModels.threshold(validationScores);
            spread = LineModels.logSpread(validationScores);
        }
        try (ConvAutoencoder.Serving serving =
                new ConvAutoencoder.Serving(fit.bestWeights(), (float) threshold, (float) spread)) {
            // Evaluate the very graph that is exported.
            testScores = LineModels.scores(serving::predict, ConvAutoencoder.OUTPUT_WIDTH, test);
            SavedModelExport.clear(context.outputDirectory());
            serving.export(context.outputDirectory());
        }
        Evaluation warning = BinaryScores.atThreshold(testScores, anomalous, (float) threshold);
        metrics.put("auroc", BinaryScores.auroc(testScores, anomalous));
        metrics.putAll(warning.metrics(AnomalyClasses.KEYS));
        metrics.put("falseAlarmRate", 1 - warning.recall(0));
        metrics.put("threshold", threshold);
        metrics.put("validationMse", -fit.bestScore());

        double[] centroidValidation = LineModels.centroidScores(normal, validation);
        double[] centroidTest = LineModels.centroidScores(normal, test);
        Evaluation centroidWarning =
                BinaryScores.atThreshold(centroidTest, anomalous, LineModels.threshold(centroidValidation));
        baselines.put("centroidDistance.auroc", BinaryScores.auroc(centroidTest, anomalous));
        baselines.put("centroidDistance.precision.anomaly", centroidWarning.precision(1));
        baselines.put("centroidDistance.recall.anomaly", centroidWarning.recall(1));
        baselines.put("centroidDistance.f1.anomaly", centroidWarning.f1(1));
        baselines.put("centroidDistance.falseAlarmRate", 1 - centroidWarning.recall(0));
        log.printf(
                Locale.ROOT,
                "%s: AUROC %.4f (centroid %.4f); at threshold %.5f precision %.4f recall %.4f (centroid %.4f / %.4f)%n",
                line.key(),
                metrics.get("auroc"),
                baselines.get("centroidDistance.auroc"),
                threshold,
                warning.precision(1),
                warning.recall(1),
                centroidWarning.precision(1),
                centroidWarning.recall(1));

        metrics.put("auroc." + line.key(), metrics.get("auroc"));
        baselines.put("centroidDistance.auroc." + line.key(), baselines.get("centroidDistance.auroc"));
        if (allLines) {
            aurocOfOtherLines(train, test, epochs, context.seed(), log, metrics, baselines);
        }
        Object[] facts = {
            line.key(), normal.count(), validation.count(), fit.bestEpoch(), epochs, LineModels.THRESHOLD_QUANTILE * 100
        };
        ModelCard card = new ModelCard(
                LineAnomalyCase.MODEL_NAME,
                LineAnomalyCase.MODEL_VERSION,
                ("Fashion-MNIST (Zalando Research, MIT), one-class protocol. Shipped line: %s. Trained on the first %d"
                                + " of its 6,000 training images only; the last %d choose the epoch (%d of %d, lowest"
                                + " validation reconstruction error) and set the threshold (the %.0fth percentile of"
                                + " their errors). Test: all 10,000 test images, the line's 1,000 normal and the other"
                                + " 9,000 anomalies. AUROC for each other line: the same protocol with that class as the line.")
                        .formatted(facts),
                normal.count(),
                test.count(),
                metrics,
                baselines,
                AnomalyClasses.KEYS,
                warning.confusionMatrix(),
                fit.curve().stream().map(score -> -score).toList(),
                epochs,
                context.seed(),
                ConvAutoencoder.parameterCount(),
                Math.round(trainingSeconds * 10) / 10.0,
                TrainingMachine.describe(),
                TrainingMachine.now());
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("Fashion-MNIST（Zalando Research，MIT），单类（one-class）协议。随附的产线：%s。"
                                        + "仅用其 6,000 张训练图像中的前 %d 张训练；"
                                        + "后 %d 张用于选择轮次（第 %d 轮，共 %d 轮，验证重建误差最低）并设定阈值（其误差的第 %.0f 百分位数）。测试："
                                        + "全部 10,000 张测试图像，其中该产线的 1,000 张为正常，其余 9,000 张为异常。其他各产线的 AUROC："
                                        + "以该类别作为产线、按同一协议得到的结果。")
                                .formatted(facts),
                        TrainingMachine.describeInChinese()));
    }

    /** The one-class protocol for the nine other classes: AUROC only, for the card's table. */
    private static void aurocOfOtherLines(
            LabelledImages train,
            LabelledImages test,
            int epochs,
            long seed,
            PrintStream log,
            Map<String, Double> metrics,
            Map<String, Double> baselines) {
        for (Garment other : Garment.values()) {
            if (other == LineAnomalyCase.LINE) {
                continue;
            }
            LabelledImages images = train.ofClass(other.ordinal());
            LabelledImages normal = images.slice(0, images.count() - LineModels.VALIDATION_EXAMPLES);
            LabelledImages validation = images.slice(normal.count(), images.count());
            EpochLoop.Outcome fit = LineModels.fit(normal, validation, epochs, seed, log);
            boolean[] anomalous = LineModels.anomalies(test, other);
            double auroc;
            try (ConvAutoencoder.Training scorer = new ConvAutoencoder.Training(fit.bestWeights(), 0f)) {
                auroc = BinaryScores.auroc(LineModels.scores(scorer::scores, 1, test), anomalous);
            }
            double centroid = BinaryScores.auroc(LineModels.centroidScores(normal, test), anomalous);
            metrics.put("auroc." + other.key(), auroc);
            baselines.put("centroidDistance.auroc." + other.key(), centroid);
            log.printf(Locale.ROOT, "line %s: AUROC %.4f (centroid %.4f)%n", other.key(), auroc, centroid);
        }
        metrics.put("meanAuroc", mean(metrics, "auroc."));
        baselines.put("centroidDistance.meanAuroc", mean(baselines, "centroidDistance.auroc."));
    }

    private static double mean(Map<String, Double> values, String prefix) {
        return values.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(prefix))
                .mapToDouble(Map.Entry::getValue)
                .average()
                .orElse(Double.NaN);
    }
}
