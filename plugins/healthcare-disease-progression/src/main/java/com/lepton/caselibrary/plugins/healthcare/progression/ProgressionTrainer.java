package com.lepton.caselibrary.plugins.healthcare.progression;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.trainingkit.AurocDifference;
import com.lepton.caselibrary.trainingkit.BinaryScores;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.LogisticRegression;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.TrainingMachine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the visit LSTM on pbcseq and compares it with a logistic regression on the last visit.
 *
 * <p>The task: at a visit, from the visits so far, will the patient die within three years? Every
 * visit whose answer is known is a prediction point; a visit followed by a transplant or the end of
 * follow-up within three years is left out (transplant counts as censoring). Patients, never visits,
 * are split (seed {@value #SPLIT_SEED}, stratified by death in follow-up): 20 % test, 20 %
 * validation, the rest training. Validation log-loss picks the exported epoch; the operating point
 * (Youden's J) is chosen on validation, for each model separately, and the test split is reported at it.
 */
public final class ProgressionTrainer implements ModelTrainer {

    /** The committed export, from the repository root (where the portal's train command runs) and from the plugin. */
    static final List<Path> DATA = List.of(Path.of("plugins/healthcare-disease-progression/data"), Path.of("data"));

    static final long SPLIT_SEED = 312;
    static final double VALIDATION_SHARE = 0.2;
    static final double TEST_SHARE = 0.2;
    static final int DEFAULT_EPOCHS = 60;
    static final int BATCH_SIZE = 32;
    /** Rate and penalty chosen on validation log-loss among (3e-3, 1e-3, 3e-4) x (1e-3, 1e-2); the test split was not looked at. */
    static final float LEARNING_RATE = 1e-3f;

    static final float L2 = 1e-2f;
    static final double BASELINE_L2 = 1e-2;
    static final int BOOTSTRAP_ROUNDS = 1000;

    @Override
    public List<Path> dataDirectories() {
        List<Path> found = DATA.stream()
                .filter(dir -> dir.resolve(PbcPatients.FILE).toFile().isFile())
                .map(Path::toAbsolutePath)
                .toList();
        return found.isEmpty() ? DATA.stream().map(Path::toAbsolutePath).toList() : found;
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        Engine.getEngine("TensorFlow");
        PbcPatients all = PbcPatients.read(context.dataDirectory().resolve(PbcPatients.FILE));
        List<PbcPatients> split = all.split(VALIDATION_SHARE, TEST_SHARE, SPLIT_SEED);
        List<PbcPatients.Example> train = split.get(0).examples();
        List<PbcPatients.Example> validation = split.get(1).examples();
        List<PbcPatients.Example> test = split.get(2).examples();
        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        log.printf(
                Locale.ROOT,
                "pbcseq: %d patients; prediction points (deaths within 3 years): train %d (%d), validation %d (%d),"
                        + " test %d (%d); %d epochs, batch %d, seed %d%n",
                all.patients().size(),
                train.size(),
                PredictionPoints.deaths(train),
                validation.size(),
                PredictionPoints.deaths(validation),
                test.size(),
                PredictionPoints.deaths(test),
                epochs,
                BATCH_SIZE,
                context.seed());
        ProgressionLstm.Scaling scaling = split.get(0).scaling();
        EpochLoop.Outcome fit = fit(train, validation, scaling, epochs, context.seed(), log);

        double operatingPoint;
        double validationAuroc;
        try (ProgressionLstm.Serving unit = new ProgressionLstm.Serving(fit.bestWeights(), scaling, 0.5f)) {
            double[] validationDeath = PredictionPoints.death(unit::predict, validation);
            operatingPoint = BinaryScores.youdenThreshold(validationDeath, PredictionPoints.truth(validation));
            validationAuroc = BinaryScores.auroc(validationDeath, PredictionPoints.truth(validation));
        }
        double[] lstm;
        try (ProgressionLstm.Serving serving =
                new ProgressionLstm.Serving(fit.bestWeights(), scaling, (float) operatingPoint)) {
            lstm = PredictionPoints.death(serving::predict, test);
            SavedModelExport.clear(context.outputDirectory());
            serving.export(context.outputDirectory());
        }
        boolean[] died = PredictionPoints.truth(test);
        Evaluation evaluation = PredictionPoints.evaluate(lstm, died, operatingPoint);
        Map<String, Double> metrics = new LinkedHashMap<>(evaluation.metrics(Outcome.keys()));
        metrics.put("auroc", BinaryScores.auroc(lstm, died));
        metrics.put("sensitivity", evaluation.recall(Outcome.DEATH.ordinal()));
        metrics.put("specificity", evaluation.recall(Outcome.ALIVE.ordinal()));
        metrics.put("operatingPoint", operatingPoint);
        metrics.put("validationLogLoss", -fit.bestScore());
        metrics.put("validationAuroc", validationAuroc);
        metrics.put("testPatients", (double) split.get(2).patients().size());
        metrics.put("testDeathShare", (double) PredictionPoints.deaths(test) / test.size());

        LogisticRegression baseline = LogisticRegression.fit(
                PredictionPoints.lastVisits(train, scaling), PredictionPoints.truth(train), BASELINE_L2);
        double[] baselineValidation = baseline.probabilities(PredictionPoints.lastVisits(validation, scaling));
        double baselinePoint = BinaryScores.youdenThreshold(baselineValidation, PredictionPoints.truth(validation));
        double[] lastVisit = baseline.probabilities(PredictionPoints.lastVisits(test, scaling));
        Evaluation baselineEvaluation = PredictionPoints.evaluate(lastVisit, died, baselinePoint);
        Map<String, Double> baselines = new LinkedHashMap<>();
        baselines.put("lastVisitLogisticRegression.auroc", BinaryScores.auroc(lastVisit, died));
        baselines.put("lastVisitLogisticRegression.sensitivity", baselineEvaluation.recall(Outcome.DEATH.ordinal()));
        baselines.put("lastVisitLogisticRegression.specificity", baselineEvaluation.recall(Outcome.ALIVE.ordinal()));
        baselines.put("lastVisitLogisticRegression.accuracy", baselineEvaluation.accuracy());
        baselines.put("lastVisitLogisticRegression.operatingPoint", baselinePoint);
        baselines.put(
                "lastVisitLogisticRegression.validationAuroc",
                BinaryScores.auroc(baselineValidation, PredictionPoints.truth(validation)));
        baselines.put("majorityClass.accuracy", 1 - metrics.get("testDeathShare"));
        int[] patients = test.stream().mapToInt(e -> e.patient().id()).toArray();
        double[] interval =
                AurocDifference.interval95(lstm, lastVisit, died, patients, BOOTSTRAP_ROUNDS, context.seed());
        metrics.put("aurocMinusBaselineLow95", interval[0]);
        metrics.put("aurocMinusBaselineHigh95", interval[1]);
        log.printf(
                Locale.ROOT,
                "LSTM: AUROC %.4f, sensitivity %.4f, specificity %.4f at P(death) >= %.4f; last-visit logistic"
                        + " regression: AUROC %.4f, sensitivity %.4f, specificity %.4f at %.4f; AUROC difference 95%%"
                        + " interval (patient bootstrap) %.4f to %.4f%n",
                metrics.get("auroc"),
                metrics.get("sensitivity"),
                metrics.get("specificity"),
                operatingPoint,
                baselines.get("lastVisitLogisticRegression.auroc"),
                baselines.get("lastVisitLogisticRegression.sensitivity"),
                baselines.get("lastVisitLogisticRegression.specificity"),
                baselinePoint,
                interval[0],
                interval[1]);

        Object[] facts = {
            SPLIT_SEED,
            split.get(0).patients().size(),
            split.get(1).patients().size(),
            split.get(2).patients().size(),
            train.size(),
            validation.size(),
            test.size(),
            100 * metrics.get("testDeathShare"),
            fit.bestEpoch(),
            epochs,
            operatingPoint,
            interval[0],
            interval[1]
        };
        ModelCard card = new ModelCard(
                ProgressionCase.MODEL_NAME,
                ProgressionCase.MODEL_VERSION,
                ("pbcseq: Mayo Clinic trial in primary biliary cirrhosis (1974-1984), 312 patients, 1,945 visits"
                                        + " with lab values (R package survival 3.5-3, Debian r-cran-survival, LGPL (>= 2); exported"
                                        + " once to a CSV in the plugin). Task: at a visit, from the visits so far, death within"
                                        + " 3 years? A visit followed by a transplant or the end of follow-up within 3 years is"
                                        + " left out (transplant = censored). Patients split, seed %d, stratified by death: %d/%d/%d"
                                        + " patients, %d/%d/%d prediction points (%.0f %% deaths in test). Validation log-loss"
                                        + " picks the epoch (%d of %d); the operating point P(death) >= %.3f maximises"
                                        + " sensitivity + specificity on validation. Points of one patient are correlated and"
                                        + " the test split is small: the 95 %% patient-bootstrap interval of the AUROC"
                                        + " difference (LSTM minus baseline) is %.3f to %.3f. ")
                                .formatted(facts)
                        + verdict(metrics.get("auroc"), baselines.get("lastVisitLogisticRegression.auroc"), interval),
                train.size(),
                test.size(),
                metrics,
                baselines,
                Outcome.keys(),
                evaluation.confusionMatrix(),
                fit.curve().stream().map(score -> -score).toList(),
                epochs,
                context.seed(),
                ProgressionLstm.parameterCount(),
                Math.round(fit.seconds() * 10) / 10.0,
                TrainingMachine.describe(),
                TrainingMachine.now());
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("pbcseq："
                                                + "梅奥诊所（Mayo Clinic）原发性胆汁性肝硬化试验（1974-1984），312 名患者，1,945 次含化验值的就诊（R 包 "
                                                + "survival 3.5-3，Debian r-cran-survival，LGPL (>= 2)；已一次性导出为插件中的 CSV 文件）。"
                                                + "任务：在某次就诊时，根据截至当时的就诊记录，判断患者是否会在 3 年内死亡。其后 3 年内接受移植或随访结束的就诊不纳入（移植 = 删失）。"
                                                + "按患者划分，种子 %d，按死亡分层：%d/%d/%d 名患者，%d/%d/%d 个预测点（测试集中死亡占 %.0f %%）。"
                                                + "由验证集对数损失选择轮次（第 %d 轮，共 %d 轮）；工作点 P(死亡) >= %.3f 使验证集上的灵敏度 + 特异度最大。"
                                                + "同一患者的各预测点相互关联，且测试集较小："
                                                + "AUROC 差值（LSTM 减基线）的 95 %% 患者自助法（bootstrap）区间为 %.3f 至 %.3f。")
                                        .formatted(facts)
                                + verdictInChinese(
                                        metrics.get("auroc"),
                                        baselines.get("lastVisitLogisticRegression.auroc"),
                                        interval),
                        TrainingMachine.describeInChinese()));
    }

    /** Adam on shuffled mini-batches of prediction points; the epoch with the lowest validation log-loss is kept. */
    static EpochLoop.Outcome fit(
            List<PbcPatients.Example> train,
            List<PbcPatients.Example> validation,
            ProgressionLstm.Scaling scaling,
            int epochs,
            long seed,
            PrintStream log) {
        return fit(train, validation, scaling, epochs, seed, log, LEARNING_RATE, L2);
    }

    static EpochLoop.Outcome fit(
            List<PbcPatients.Example> train,
            List<PbcPatients.Example> validation,
            ProgressionLstm.Scaling scaling,
            int epochs,
            long seed,
            PrintStream log,
            float learningRate,
            float l2) {
        float[] validationX = PredictionPoints.tensors(validation);
        boolean[] validationDied = PredictionPoints.truth(validation);
        try (ProgressionLstm.Training network =
                new ProgressionLstm.Training(ProgressionLstm.initialParameters(seed), scaling, learningRate, l2)) {
            EpochLoop.Network loop = new EpochLoop.Network() {
                @Override
                public double step(int[] batch) {
                    List<PbcPatients.Example> examples = new ArrayList<>(batch.length);
                    for (int i : batch) {
                        examples.add(train.get(i));
                    }
                    return network.step(
                            PredictionPoints.tensors(examples), PredictionPoints.labels(examples), batch.length);
                }

                @Override
                public double validate() {
                    float[] p = network.predict(validationX, validation.size());
                    double loss = 0;
                    for (int i = 0; i < validation.size(); i++) {
                        double death = p[i * 2 + Outcome.DEATH.ordinal()];
                        loss -= Math.log(Math.max(validationDied[i] ? death : 1 - death, 1e-7));
                    }
                    return -loss / validation.size();
                }

                @Override
                public List<float[]> snapshot() {
                    return network.snapshot();
                }
            };
            return EpochLoop.fit(loop, train.size(), BATCH_SIZE, epochs, seed, log);
        }
    }

    private static String verdict(double auroc, double baseline, double[] interval) {
        String comparison = auroc > baseline
                ? "The LSTM's test AUROC (%.3f) is above the last-visit logistic regression's (%.3f)"
                : "The LSTM's test AUROC (%.3f) does not beat the last-visit logistic regression's (%.3f)";
        String noise = interval[0] <= 0 && interval[1] >= 0
                ? "; the interval of the difference includes 0, so on this small data neither is shown better."
                : ".";
        return comparison.formatted(auroc, baseline) + noise;
    }

    /** {@link #verdict} in Chinese, for the card's {@code zh-CN} translation. */
    private static String verdictInChinese(double auroc, double baseline, double[] interval) {
        String comparison =
                auroc > baseline ? "LSTM 的测试 AUROC（%.3f）高于末次就诊逻辑回归（%.3f）" : "LSTM 的测试 AUROC（%.3f）未能胜过末次就诊逻辑回归（%.3f）";
        String noise = interval[0] <= 0 && interval[1] >= 0 ? "；差值区间包含 0，因此在这一小数据集上无法表明哪个更好。" : "。";
        return comparison.formatted(auroc, baseline) + noise;
    }
}
