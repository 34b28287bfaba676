package com.lepton.caselibrary.plugins.manufacturing;

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
    static final int VALIDATION_EXAMPLES = 5_000;

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
        log.printf(
                "Fashion-MNIST: %d train, %d validation, %d test; %d epochs, batch %d, Adam lr %s, seed %d%n",
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

        Map<String, Double> metrics = new LinkedHashMap<>(evaluation.metrics(FashionClass.keys()));
        metrics.put("validationAccuracy", fit.bestAccuracy());
        Object[] facts = {train.count(), validation.count(), validation.count(), fit.bestEpoch(), epochs, test.count()};
        ModelCard card = new ModelCard(
                ProductSortingCase.MODEL_NAME,
                ProductSortingCase.MODEL_VERSION,
                ("Fashion-MNIST (Zalando Research, MIT): %d train / %d validation (the last %d of the training file;"
                                + " the epoch with the best validation accuracy, %d of %d, is exported) / %d test")
                        .formatted(facts),
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
                TrainingMachine.describe(),
                TrainingMachine.now());
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("Fashion-MNIST（Zalando Research，MIT）：训练 %d / 验证 %d（训练文件的最后 %d 张；"
                                        + "导出验证准确率最高的一轮，即第 %d 轮，共 %d 轮）/ 测试 %d")
                                .formatted(facts),
                        TrainingMachine.describeInChinese()));
    }
}
