package com.lepton.caselibrary.plugins.breastcancer;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.trainingkit.BinaryScores;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.StandardizedMlp;
import com.lepton.caselibrary.trainingkit.TrainingMachine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the 30-16-2 perceptron on the WDBC table and exports it.
 *
 * <p>The split is stratified and fixed by its own seed ({@value #SPLIT_SEED}): 20 % test, 15 %
 * validation, the rest training. Validation log-loss picks the exported epoch. The operating point
 * is stated, not tuned: malignant when its probability is at least 0.5. Sensitivity is the share
 * of malignant test cases called malignant, specificity the share of benign ones called benign.
 */
public final class BreastCancerTrainer implements ModelTrainer {

    /** Where Debian's {@code python3-sklearn} installs the data. */
    public static final Path DEBIAN_DATA = Path.of("/usr/lib/python3/dist-packages/sklearn/datasets/data");

    static final long SPLIT_SEED = 569;
    static final double VALIDATION_SHARE = 0.15;
    static final double TEST_SHARE = 0.20;
    static final int DEFAULT_EPOCHS = 200;
    static final int BATCH_SIZE = 32;
    static final float LEARNING_RATE = 1e-3f;
    static final float L2 = 1e-4f;
    static final double OPERATING_POINT = 0.5;
    static final StandardizedMlp NETWORK = new StandardizedMlp(Feature.COUNT, 16, 2);

    @Override
    public List<Path> dataDirectories() {
        return List.of(DEBIAN_DATA);
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        Engine.getEngine("TensorFlow");
        WdbcTable all = WdbcTable.read(context.dataDirectory().resolve(WdbcTable.FILE));
        int[][] split = all.stratifiedSplit(VALIDATION_SHARE, TEST_SHARE, SPLIT_SEED);
        WdbcTable train = all.select(split[0]);
        WdbcTable validation = all.select(split[1]);
        WdbcTable test = all.select(split[2]);
        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        log.printf(
                "WDBC: %d train, %d validation, %d test; %d epochs, batch %d, seed %d%n",
                train.count(), validation.count(), test.count(), epochs, BATCH_SIZE, context.seed());
        float[][] scaling = train.meanAndStd();
        EpochLoop.Outcome fit = fit(train, validation, scaling, epochs, context.seed(), log);

        double[] malignancy;
        try (StandardizedMlp.Serving serving = NETWORK.new Serving(fit.bestWeights(), scaling[0], scaling[1])) {
            malignancy = malignancy(serving.predict(test.allRows(), test.count()));
            SavedModelExport.clear(context.outputDirectory());
            serving.export(context.outputDirectory());
        }
        boolean[] malignant = malignant(test);
        Evaluation evaluation = evaluate(malignancy, test);
        Map<String, Double> metrics = new LinkedHashMap<>(evaluation.metrics(Diagnosis.keys()));
        metrics.put("sensitivity", evaluation.recall(Diagnosis.MALIGNANT.ordinal()));
        metrics.put("specificity", evaluation.recall(Diagnosis.BENIGN.ordinal()));
        metrics.put("auroc", BinaryScores.auroc(malignancy, malignant));
        metrics.put("operatingPoint", OPERATING_POINT);
        metrics.put("validationLogLoss", -fit.bestScore());

        LogisticRegression baseline = LogisticRegression.fit(train, scaling[0], scaling[1]);
        double[] baselineMalignancy =
                test.features().stream().mapToDouble(baseline::malignancy).toArray();
        Evaluation baselineEvaluation = evaluate(baselineMalignancy, test);
        Map<String, Double> baselines = new LinkedHashMap<>();
        baselines.put("logisticRegression.accuracy", baselineEvaluation.accuracy());
        baselines.put("logisticRegression.sensitivity", baselineEvaluation.recall(Diagnosis.MALIGNANT.ordinal()));
        baselines.put("logisticRegression.specificity", baselineEvaluation.recall(Diagnosis.BENIGN.ordinal()));
        baselines.put("logisticRegression.auroc", BinaryScores.auroc(baselineMalignancy, malignant));
        baselines.put("majorityClass.accuracy", share(test, Diagnosis.BENIGN));
        log.printf(
                Locale.ROOT,
                "MLP: accuracy %.4f sensitivity %.4f specificity %.4f AUROC %.4f; logistic regression: %s%n",
                evaluation.accuracy(),
                metrics.get("sensitivity"),
                metrics.get("specificity"),
                metrics.get("auroc"),
                baselines);

        Object[] facts = {
            SPLIT_SEED, train.count(), validation.count(), fit.bestEpoch(), epochs, test.count(), OPERATING_POINT
        };
        ModelCard card = new ModelCard(
                BreastCancerCase.MODEL_NAME,
                BreastCancerCase.MODEL_VERSION,
                ("Breast Cancer Wisconsin (Diagnostic), 569 cases (212 malignant, 357 benign): 30 features computed from"
                                        + " digitized images of fine-needle aspirates of breast masses (Wolberg, Street,"
                                        + " Mangasarian; UCI, CC BY 4.0; the copy in scikit-learn, Debian python3-sklearn)."
                                        + " Stratified split, seed %d: %d train / %d validation (picks the epoch, %d of %d) / %d"
                                        + " test. Operating point: malignant when P(malignant) >= %.1f. ")
                                .formatted(facts)
                        + verdict(evaluation, baselineEvaluation, test.count()),
                train.count(),
                test.count(),
                metrics,
                baselines,
                Diagnosis.keys(),
                evaluation.confusionMatrix(),
                fit.curve().stream().map(score -> -score).toList(),
                epochs,
                context.seed(),
                NETWORK.parameterCount(),
                Math.round(fit.seconds() * 10) / 10.0,
                TrainingMachine.describe(),
                TrainingMachine.now());
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("Breast Cancer Wisconsin (Diagnostic)（威斯康星乳腺癌诊断数据集），569 例（212 例恶性，357 "
                                                + "例良性）：30 个特征，由乳腺肿块细针穿刺样本的数字化图像计算得出（Wolberg、Street、Mangasarian；"
                                                + "UCI，CC BY 4.0；使用 scikit-learn 中的副本，Debian python3-sklearn）。分层划分，种子 %d："
                                                + "训练 %d / 验证 %d（用于选择轮次，即第 %d 轮，共 %d 轮）/ 测试 %d。工作点：P(恶性) >= %.1f 时判为恶性。")
                                        .formatted(facts)
                                + verdictInChinese(evaluation, baselineEvaluation, test.count()),
                        TrainingMachine.describeInChinese()));
    }

    /** Adam on shuffled mini-batches; the epoch with the lowest validation log-loss is kept. */
    static EpochLoop.Outcome fit(
            WdbcTable train, WdbcTable validation, float[][] scaling, int epochs, long seed, PrintStream log) {
        try (StandardizedMlp.Training network =
                NETWORK.new Training(NETWORK.initialParameters(seed), scaling[0], scaling[1], LEARNING_RATE, L2)) {
            EpochLoop.Network loop = new EpochLoop.Network() {
                @Override
                public double step(int[] indices) {
                    int[] labels =
                            Arrays.stream(indices).map(i -> train.labels()[i]).toArray();
                    return network.step(train.rows(indices), labels, indices.length);
                }

                @Override
                public double validate() {
                    return -logLoss(network.predict(validation.allRows(), validation.count()), validation);
                }

                @Override
                public List<float[]> snapshot() {
                    return network.snapshot();
                }
            };
            return EpochLoop.fit(loop, train.count(), BATCH_SIZE, epochs, seed, log);
        }
    }

    /** Whether the network beats its baseline on the test split, in one sentence for the card. */
    static String verdict(Evaluation mlp, Evaluation baseline, int testCount) {
        long mlpErrors = Math.round((1 - mlp.accuracy()) * testCount);
        long baselineErrors = Math.round((1 - baseline.accuracy()) * testCount);
        String counts = "The MLP misclassifies %d of %d test cases, logistic regression %d"
                .formatted(mlpErrors, testCount, baselineErrors);
        if (mlpErrors < baselineErrors) {
            return counts + ": the MLP beats its baseline on this split.";
        }
        return counts + ": the MLP does not beat its baseline on this split"
                + (mlpErrors == baselineErrors ? " (a tie)." : ".");
    }

    /** {@link #verdict} in Chinese, for the card's {@code zh-CN} translation. */
    static String verdictInChinese(Evaluation mlp, Evaluation baseline, int testCount) {
        long mlpErrors = Math.round((1 - mlp.accuracy()) * testCount);
        long baselineErrors = Math.round((1 - baseline.accuracy()) * testCount);
        String counts = "MLP 在 %d 个测试病例中误判 %d 个，逻辑回归误判 %d 个".formatted(testCount, mlpErrors, baselineErrors);
        if (mlpErrors < baselineErrors) {
            return counts + "：在此划分上 MLP 优于其基线。";
        }
        return counts + "：在此划分上 MLP 未能胜过其基线" + (mlpErrors == baselineErrors ? "（两者持平）。" : "。");
    }

    static double[] malignancy(float[] probabilities) {
        double[] malignancy = new double[probabilities.length / 2];
        for (int i = 0; i < malignancy.length; i++) {
            malignancy[i] = probabilities[i * 2 + Diagnosis.MALIGNANT.ordinal()];
        }
        return malignancy;
    }

    static boolean[] malignant(WdbcTable table) {
        boolean[] malignant = new boolean[table.count()];
        for (int i = 0; i < malignant.length; i++) {
            malignant[i] = table.labels()[i] == Diagnosis.MALIGNANT.ordinal();
        }
        return malignant;
    }

    /** The diagnosis at the operating point, as classes in {@link Diagnosis} order. */
    static Evaluation evaluate(double[] malignancy, WdbcTable table) {
        int[] predicted = new int[table.count()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] =
                    malignancy[i] >= OPERATING_POINT ? Diagnosis.MALIGNANT.ordinal() : Diagnosis.BENIGN.ordinal();
        }
        return Evaluation.of(table.labels(), predicted, 2);
    }

    private static double logLoss(float[] probabilities, WdbcTable table) {
        double sum = 0;
        for (int i = 0; i < table.count(); i++) {
            sum -= Math.log(Math.max(1e-7, probabilities[i * 2 + table.labels()[i]]));
        }
        return sum / table.count();
    }

    private static double share(WdbcTable table, Diagnosis diagnosis) {
        return Arrays.stream(table.labels())
                        .filter(label -> label == diagnosis.ordinal())
                        .count()
                / (double) table.count();
    }
}
