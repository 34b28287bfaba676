package com.lepton.caselibrary.plugins.healthcare;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.TrainingMachine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Generates the synthetic beats, trains the 1-D CNN on them with TF Java and exports it as a
 * SavedModel.
 *
 * <p>The three splits come from three different generator seeds ({@link BeatDataset}), so no beat,
 * strip or parameter draw is shared between them; each is balanced over the four classes. The
 * validation split gives the training curve and picks the epoch whose weights are exported; the
 * test split is touched once, by the exported graph, for the model card. The training seed sets
 * the initial weights and the batch order; the data seeds are fixed, so the test set is the same
 * for every training seed.
 */
public final class EcgBeatTrainer implements ModelTrainer {

    static final int TRAIN_EXAMPLES = 12_000;
    static final int VALIDATION_EXAMPLES = 2_000;
    static final int TEST_EXAMPLES = 4_000;
    static final int DEFAULT_EPOCHS = 40;

    private final int trainExamples;
    private final int validationExamples;
    private final int testExamples;

    /** The trainer the host runs: {@value #TRAIN_EXAMPLES} / {@value #VALIDATION_EXAMPLES} / {@value #TEST_EXAMPLES} beats. */
    public EcgBeatTrainer() {
        this(TRAIN_EXAMPLES, VALIDATION_EXAMPLES, TEST_EXAMPLES);
    }

    /** A trainer on smaller splits, for the smoke test. */
    EcgBeatTrainer(int trainExamples, int validationExamples, int testExamples) {
        this.trainExamples = trainExamples;
        this.validationExamples = validationExamples;
        this.testExamples = testExamples;
    }

    /**
     * The beats are generated, so there is no data set to install. The host's training command still
     * asks for an existing directory; the JVM's temporary directory always exists and nothing is
     * read from or written to it.
     */
    @Override
    public List<Path> dataDirectories() {
        return List.of(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        // DJL loads libtensorflow's JNI library; TF Java classes fail to link without it.
        Engine.getEngine("TensorFlow");

        long generationStart = System.nanoTime();
        BeatDataset train = BeatDataset.generate(BeatDataset.TRAIN_SEED, trainExamples);
        BeatDataset validation = BeatDataset.generate(BeatDataset.VALIDATION_SEED, validationExamples);
        BeatDataset test = BeatDataset.generate(BeatDataset.TEST_SEED, testExamples);
        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        log.printf(
                Locale.ROOT,
                "SYNTHETIC ECG (ECGSYN model, generated in Java, no patient data): %d train (seed %d), "
                        + "%d validation (seed %d), %d test (seed %d) beats in %.1f s%n",
                train.count(),
                BeatDataset.TRAIN_SEED,
                validation.count(),
                BeatDataset.VALIDATION_SEED,
                test.count(),
                BeatDataset.TEST_SEED,
                (System.nanoTime() - generationStart) / 1e9);
        log.printf(
                Locale.ROOT,
                "1-D CNN, %d parameters; %d epochs, batch %d, Adam lr %s, seed %d%n",
                BeatCnn.parameterCount(),
                epochs,
                BeatFitting.BATCH_SIZE,
                BeatFitting.LEARNING_RATE,
                context.seed());

        BeatFitting.Fit fit = BeatFitting.fit(train, validation, epochs, context.seed(), log);
        log.printf(
                Locale.ROOT,
                "trained in %.1f s; exporting epoch %d (validation accuracy %.4f)%n",
                fit.seconds(),
                fit.bestEpoch(),
                fit.bestAccuracy());

        Evaluation evaluation;
        try (BeatCnn.Serving serving = new BeatCnn.Serving(fit.bestWeights())) {
            // Evaluate the very graph that is exported, so the card describes the shipped model.
            evaluation = BeatFitting.evaluate(serving::predict, test);
            SavedModelExport.clear(context.outputDirectory());
            serving.export(context.outputDirectory());
        }
        log.printf(
                Locale.ROOT,
                "test: accuracy %.4f, macro-F1 %.4f, abnormal sensitivity %.4f, specificity %.4f%n",
                evaluation.accuracy(),
                evaluation.macroF1(),
                evaluation.screeningSensitivity(BeatClass.NORMAL.ordinal()),
                evaluation.screeningSpecificity(BeatClass.NORMAL.ordinal()));
        log.println(
                "confusion (rows true, columns predicted, " + BeatClass.keys() + "): " + evaluation.confusionMatrix());

        Map<String, Evaluation> baselineEvaluations = Baselines.evaluate(train, test);
        Map<String, Double> baselines = new LinkedHashMap<>();
        baselineEvaluations.forEach((name, e) -> {
            baselines.put(name, Math.round(e.accuracy() * 10_000) / 10_000.0);
            log.printf(
                    Locale.ROOT,
                    "baseline %-18s accuracy %.4f, macro-F1 %.4f, abnormal sensitivity %.4f, specificity %.4f%n",
                    name,
                    e.accuracy(),
                    e.macroF1(),
                    e.screeningSensitivity(BeatClass.NORMAL.ordinal()),
                    e.screeningSpecificity(BeatClass.NORMAL.ordinal()));
        });
        log.printf("SavedModel in %s%n", context.outputDirectory());

        Map<String, Double> metrics = new LinkedHashMap<>(EcgMetrics.of(evaluation, BeatClass.keys()));
        metrics.put("validationAccuracy", fit.bestAccuracy());
        metrics.put("exportedEpoch", (double) fit.bestEpoch());
        Function<String, Object[]> facts = classes -> new Object[] {
            classes,
            train.count(),
            BeatDataset.TRAIN_SEED,
            validation.count(),
            BeatDataset.VALIDATION_SEED,
            fit.bestEpoch(),
            epochs,
            test.count(),
            BeatDataset.TEST_SEED
        };
        ModelCard card = new ModelCard(
                EcgDiagnosisCase.MODEL_NAME,
                EcgDiagnosisCase.MODEL_VERSION,
                ("SYNTHETIC ECG, no patient data: single beats generated in Java by this project's implementation of the ECGSYN "
                                + "dynamical model (McSharry et al., IEEE TBME 2003), Apache-2.0. Four balanced synthetic classes (%s), "
                                + "1.0 s windows at 250 Hz centred on the R peak, z-normalised. Splits from separate generator seeds: "
                                + "%d train (seed %d) / %d validation (seed %d; the epoch with the best validation accuracy, %d of %d, "
                                + "is exported) / %d test (seed %d). Baselines (test accuracy): majority class; nearest centroid and "
                                + "logistic regression on 12 hand-made features (R height, QRS width, P, PR, ST and T levels, "
                                + "neighbouring peaks, roughness, 4-9 Hz f-wave power). Scores on synthetic data overstate real-world performance; "
                                + "not a medical device.")
                        .formatted(facts.apply(String.join(", ", BeatClass.keys()))),
                train.count(),
                test.count(),
                metrics,
                baselines,
                BeatClass.keys(),
                evaluation.confusionMatrix(),
                fit.curve(),
                epochs,
                context.seed(),
                BeatCnn.parameterCount(),
                Math.round(fit.seconds() * 10) / 10.0,
                TrainingMachine.describe(),
                TrainingMachine.now());
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("合成心电图（SYNTHETIC ECG），不含任何患者数据："
                                        + "单个心搏由本项目用 Java 实现的 ECGSYN 动力学模型（McSharry 等，IEEE TBME 2003）生成，"
                                        + "Apache-2.0。四个均衡的合成类别（%s），以 R 峰为中心的 1.0 秒窗口，采样率 250 Hz，z 标准化。"
                                        + "各划分来自不同的生成器种子：训练 %d（种子 %d）/ 验证 %d（种子 %d；"
                                        + "导出验证准确率最高的一轮，即第 %d 轮，共 %d 轮）/ 测试 %d（种子 %d）。基线（测试准确率）：多数类；"
                                        + "基于 12 个人工特征（R 波高度、QRS 宽度、P、PR、ST 和 T 水平、相邻峰、粗糙度、4-9 Hz f "
                                        + "波功率）的最近质心和逻辑回归。合成数据上的得分会高估真实场景中的表现；本模型不是医疗器械。")
                                .formatted(facts.apply(String.join("、", BeatClass.keys()))),
                        TrainingMachine.describeInChinese()));
    }
}
