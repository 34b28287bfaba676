package com.lepton.caselibrary.plugins.finance.reviews;

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
 * Trains the review LSTM on the fine-food reviews with TF Java and exports it with its vocabulary.
 * The validation part picks the exported epoch (accuracy); the 1,000 test reviews are scored once,
 * by the exported graph, against a majority-class guess and a bag-of-words logistic regression.
 */
public final class ReviewRiskTrainer implements ModelTrainer {

    /** Where {@link FineFoodReviews#EXPORT_COMMAND} writes the reviews, relative to the repository root. */
    public static final Path EXPORTED = Path.of("data/fine-foods");

    static final int DEFAULT_EPOCHS = 8;
    static final int BATCH_SIZE = 32;
    static final float LEARNING_RATE = 1e-3f;
    private static final int EVALUATION_BATCH = 250;
    private static final int OTHER = ReviewClass.OTHER.ordinal();

    @Override
    public List<Path> dataDirectories() {
        return List.of(EXPORTED);
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        Engine.getEngine("TensorFlow");
        PreparedReviews data = PreparedReviews.of(FineFoodReviews.read(context.dataDirectory()), context.seed());
        int vocabularySize = data.vocabulary().size();
        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        log.printf(
                Locale.ROOT,
                "fine-food reviews: %d fit / %d validation / %d test; vocabulary %d ids; LSTM %d parameters, "
                        + "%d epochs, batch %d, Adam lr %s, seed %d%n",
                data.fit().length,
                data.validation().length,
                data.test().length,
                vocabularySize,
                ReviewLstm.parameterCount(vocabularySize),
                epochs,
                BATCH_SIZE,
                LEARNING_RATE,
                context.seed());

        EpochLoop.Outcome outcome;
        Random random = new Random(context.seed());
        try (ReviewLstm.Training network = new ReviewLstm.Training(
                vocabularySize, ReviewLstm.initialParameters(vocabularySize, context.seed()), LEARNING_RATE)) {
            EpochLoop.Network loop = new EpochLoop.Network() {
                @Override
                public double step(int[] batch) {
                    float[] keep = new float[batch.length * ReviewLstm.HIDDEN];
                    float kept = 1f - ReviewLstm.DROPOUT;
                    for (int i = 0; i < keep.length; i++) {
                        keep[i] = random.nextFloat() < kept ? 1f / kept : 0f;
                    }
                    return network.step(data.tokensOf(batch), data.labelsOf(batch), keep, batch.length);
                }

                @Override
                public double validate() {
                    return evaluate(network::predict, data, data.validation()).accuracy();
                }

                @Override
                public List<float[]> snapshot() {
                    return network.snapshot();
                }
            };
            outcome = EpochLoop.run(loop, data.fit(), epochs, BATCH_SIZE, random, "accuracy", log);
        }
        log.printf(
                Locale.ROOT,
                "trained in %.1f s; exporting epoch %d (validation accuracy %.4f)%n",
                outcome.seconds(),
                outcome.bestEpoch(),
                outcome.bestScore());

        Evaluation evaluation;
        try (ReviewLstm.Serving serving = new ReviewLstm.Serving(vocabularySize, outcome.bestWeights())) {
            evaluation = evaluate(serving::predict, data, data.test());
            SavedModelExport.clear(context.outputDirectory());
            serving.export(context.outputDirectory());
        }
        data.vocabulary().write(context.outputDirectory().resolve(ReviewRiskCase.VOCABULARY_FILE));

        Map<String, Double> metrics = new LinkedHashMap<>(evaluation.metrics(ReviewClass.keys()));
        metrics.put("validationAccuracy", outcome.bestScore());
        metrics.put("exportedEpoch", (double) outcome.bestEpoch());
        log.printf(
                Locale.ROOT,
                "test: accuracy %.4f, 'other' precision %.4f recall %.4f F1 %.4f; confusion %s%n",
                evaluation.accuracy(),
                evaluation.precision(OTHER),
                evaluation.recall(OTHER),
                evaluation.f1(OTHER),
                evaluation.confusionMatrix());
        Map<String, Double> baselines = baselines(data, context.seed(), log);
        boolean beaten = evaluation.accuracy() > baselines.get("bagOfWordsLogistic.accuracy");
        String verdict = beaten
                ? " The LSTM beats the bag-of-words logistic regression on the test reviews."
                : " On these reviews the LSTM does not beat the bag-of-words logistic regression (see baselines).";
        String verdictInChinese = beaten ? "在测试评论上，LSTM 优于词袋逻辑回归。" : "在这些评论上，LSTM 未能胜过词袋逻辑回归（见基线）。";
        Object[] facts = {
            context.seed(), data.fit().length, data.validation().length, vocabularySize, ReviewLstm.MAX_TOKENS
        };
        ModelCard card = new ModelCard(
                ReviewRiskCase.MODEL_NAME,
                ReviewRiskCase.MODEL_VERSION,
                ("Amazon fine-food reviews, small_fine_foods of R package modeldata 1.1.0 (Debian r-cran-modeldata, MIT): "
                                        + "the data's 4,000 training reviews split with seed %d into %d for fitting and %d for "
                                        + "validation, its 1,000 test reviews held out; label 'great' = five stars, 'other' = one to "
                                        + "four stars; vocabulary of %d ids from the fitting part; first %d words of each review.")
                                .formatted(facts)
                        + verdict,
                data.fit().length,
                data.test().length,
                metrics,
                baselines,
                ReviewClass.keys(),
                evaluation.confusionMatrix(),
                outcome.curve(),
                epochs,
                context.seed(),
                ReviewLstm.parameterCount(vocabularySize),
                Math.round(outcome.seconds() * 10) / 10.0,
                TrainingMachine.describe(),
                TrainingMachine.now());
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("Amazon 精品食品评论，R 包 modeldata 1.1.0 中的 small_fine_foods（Debian "
                                                + "r-cran-modeldata，MIT）："
                                                + "数据中的 4,000 条训练评论以种子 %d 划分为 %d 条用于拟合、%d 条用于验证，其 1,000 条测试评论留出；"
                                                + "标签 'great' = 五星，'other' = 一至四星；词表为取自拟合部分的 %d 个 id；取每条评论的前 %d 个词。")
                                        .formatted(facts)
                                + verdictInChinese,
                        TrainingMachine.describeInChinese()));
    }

    /**
     * The majority class and a bag-of-words logistic regression (its L2 strength chosen on the
     * validation part), fitted on the fitting part and scored on the test reviews.
     */
    static Map<String, Double> baselines(PreparedReviews data, long seed, PrintStream log) {
        int[] testLabels = data.labelsOf(data.test());
        int[] fitLabels = data.labelsOf(data.fit());
        int majority = Arrays.stream(fitLabels).sum() * 2 > fitLabels.length ? OTHER : 1 - OTHER;
        int[] constant = new int[testLabels.length];
        Arrays.fill(constant, majority);
        Evaluation majorityClass = Evaluation.of(testLabels, constant, ReviewClass.COUNT);

        int[][] words = new int[data.tokens().size()][];
        for (int i = 0; i < words.length; i++) {
            words[i] =
                    BagOfWordsLogistic.features(data.vocabulary(), data.tokens().get(i));
        }
        BagOfWordsLogistic best = null;
        double bestAccuracy = -1;
        double bestL2 = 0;
        for (double l2 : new double[] {1e-4, 1e-3, 1e-2}) {
            BagOfWordsLogistic model = BagOfWordsLogistic.fit(
                    pick(words, data.fit()), fitLabels, data.vocabulary().size(), 10, l2, seed);
            double accuracy =
                    logisticEvaluation(model, words, data, data.validation()).accuracy();
            if (accuracy > bestAccuracy) {
                best = model;
                bestAccuracy = accuracy;
                bestL2 = l2;
            }
        }
        Evaluation logistic = logisticEvaluation(best, words, data, data.test());
        log.printf(
                Locale.ROOT,
                "baseline majority class (%s): accuracy %.4f; bag-of-words logistic regression (L2 %s): accuracy %.4f, "
                        + "'other' F1 %.4f, macro F1 %.4f%n",
                ReviewClass.values()[majority].key(),
                majorityClass.accuracy(),
                bestL2,
                logistic.accuracy(),
                logistic.f1(OTHER),
                logistic.macroF1());
        Map<String, Double> baselines = new LinkedHashMap<>();
        baselines.put("majorityClass.accuracy", majorityClass.accuracy());
        baselines.put("bagOfWordsLogistic.accuracy", logistic.accuracy());
        baselines.put("bagOfWordsLogistic.macroF1", logistic.macroF1());
        baselines.put("bagOfWordsLogistic.f1.other", logistic.f1(OTHER));
        return baselines;
    }

    private static Evaluation logisticEvaluation(
            BagOfWordsLogistic model, int[][] words, PreparedReviews data, int[] indices) {
        int[] predicted = Arrays.stream(indices)
                .map(i -> model.probability(words[i]) >= 0.5 ? OTHER : 1 - OTHER)
                .toArray();
        return Evaluation.of(data.labelsOf(indices), predicted, ReviewClass.COUNT);
    }

    private static int[][] pick(int[][] rows, int[] indices) {
        return Arrays.stream(indices).mapToObj(i -> rows[i]).toArray(int[][]::new);
    }

    /** Turns {@code count} encoded reviews into {@code count * 2} probabilities. */
    @FunctionalInterface
    interface BatchPredictor {
        float[] predict(int[] tokens, int count);
    }

    static Evaluation evaluate(BatchPredictor predictor, PreparedReviews data, int[] indices) {
        int[] predicted = new int[indices.length];
        for (int from = 0; from < indices.length; from += EVALUATION_BATCH) {
            int[] batch = Arrays.copyOfRange(indices, from, Math.min(indices.length, from + EVALUATION_BATCH));
            float[] probabilities = predictor.predict(data.tokensOf(batch), batch.length);
            for (int i = 0; i < batch.length; i++) {
                predicted[from + i] = Evaluation.argMax(probabilities, i * ReviewClass.COUNT, ReviewClass.COUNT);
            }
        }
        return Evaluation.of(data.labelsOf(indices), predicted, ReviewClass.COUNT);
    }
}
