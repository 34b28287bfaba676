package com.lepton.caselibrary.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts about a trained model that a case page shows, written next to the SavedModel by
 * the training command and shipped in the plugin jar.
 *
 * @param modelName        the model's name
 * @param modelVersion     the model's version
 * @param dataset          the training data's name and split, e.g. {@code Fashion-MNIST: 60000 train / 10000 test}
 * @param trainExamples    examples used for training
 * @param testExamples     held-out examples used for the metrics
 * @param metrics          metric name to value on the held-out set, e.g. {@code accuracy -> 0.912}
 * @param baselines        baseline name to value of the main metric, for comparison
 * @param classLabels      class keys in the model's order, empty for regression
 * @param confusionMatrix  rows are true classes, columns predicted ones; empty for regression
 * @param trainingCurve    the main metric after each epoch (held-out validation); the kept epoch's point, also in
 *                         {@code metrics} under the metric's name ({@code validationMse}), names the curve
 * @param epochs           training epochs
 * @param seed             random seed used for initialisation and shuffling
 * @param parameterCount   number of trainable parameters
 * @param trainingSeconds  wall-clock training time
 * @param trainedOn        the machine description, e.g. {@code 2 CPU cores}
 * @param trainedAt        ISO-8601 date and time of training
 * @param translations     the card's human-readable texts ({@code dataset}, {@code trainedOn}) in
 *                         other languages, keyed by IETF language tag such as {@code zh-CN}; the
 *                         English fields above are the fallback. Empty for cards written before it
 *                         existed (a missing field reads as empty); read through
 *                         {@link #dataset(Locale)} and {@link #trainedOn(Locale)}
 * @param testForecast     for a forecasting model, its forecasts against the actual values over the
 *                         test period, for the case page's plot; {@code null} for other models and
 *                         for cards written before it existed
 */
public record ModelCard(
        String modelName,
        String modelVersion,
        String dataset,
        int trainExamples,
        int testExamples,
        Map<String, Double> metrics,
        Map<String, Double> baselines,
        List<String> classLabels,
        List<List<Integer>> confusionMatrix,
        List<Double> trainingCurve,
        int epochs,
        long seed,
        long parameterCount,
        double trainingSeconds,
        String trainedOn,
        String trainedAt,
        Map<String, Texts> translations,
        TestForecast testForecast) {

    /** The language tag of the portal's Chinese texts, the key of a card's Chinese {@link Texts}. */
    public static final String CHINESE = "zh-CN";

    public ModelCard {
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(modelVersion, "modelVersion");
        Objects.requireNonNull(dataset, "dataset");
        metrics = Map.copyOf(metrics);
        baselines = Map.copyOf(baselines);
        classLabels = List.copyOf(classLabels);
        confusionMatrix = confusionMatrix.stream().map(List::copyOf).toList();
        trainingCurve = List.copyOf(trainingCurve);
        translations = CardTranslations.copyOf(translations);
    }

    /**
     * A card without translations: the constructor of the plugin-api that added the test forecast,
     * kept for plugins built against it.
     */
    public ModelCard(
            String modelName,
            String modelVersion,
            String dataset,
            int trainExamples,
            int testExamples,
            Map<String, Double> metrics,
            Map<String, Double> baselines,
            List<String> classLabels,
            List<List<Integer>> confusionMatrix,
            List<Double> trainingCurve,
            int epochs,
            long seed,
            long parameterCount,
            double trainingSeconds,
            String trainedOn,
            String trainedAt,
            TestForecast testForecast) {
        this(
                modelName,
                modelVersion,
                dataset,
                trainExamples,
                testExamples,
                metrics,
                baselines,
                classLabels,
                confusionMatrix,
                trainingCurve,
                epochs,
                seed,
                parameterCount,
                trainingSeconds,
                trainedOn,
                trainedAt,
                Map.of(),
                testForecast);
    }

    /** A card without a test forecast: the constructor of the first plugin-api, kept for plugins built against it. */
    public ModelCard(
            String modelName,
            String modelVersion,
            String dataset,
            int trainExamples,
            int testExamples,
            Map<String, Double> metrics,
            Map<String, Double> baselines,
            List<String> classLabels,
            List<List<Integer>> confusionMatrix,
            List<Double> trainingCurve,
            int epochs,
            long seed,
            long parameterCount,
            double trainingSeconds,
            String trainedOn,
            String trainedAt) {
        this(
                modelName,
                modelVersion,
                dataset,
                trainExamples,
                testExamples,
                metrics,
                baselines,
                classLabels,
                confusionMatrix,
                trainingCurve,
                epochs,
                seed,
                parameterCount,
                trainingSeconds,
                trainedOn,
                trainedAt,
                Map.of(),
                null);
    }

    /**
     * The card's human-readable texts in one language other than English. A text left {@code null}
     * falls back to the English field.
     *
     * @param dataset   the training data's name and split, as {@link ModelCard#dataset()}
     * @param trainedOn the machine description, as {@link ModelCard#trainedOn()}
     */
    public record Texts(String dataset, String trainedOn) {}

    /**
     * The data and split for a reader in {@code locale}: the translation for its full language tag
     * (e.g. {@code zh-CN}), else for its language ({@code zh}, or any {@code zh-*} tag), else the
     * English {@link #dataset()}.
     */
    public String dataset(Locale locale) {
        return CardTranslations.find(translations, locale, Texts::dataset).orElse(dataset);
    }

    /** The machine description for a reader in {@code locale}, found as {@link #dataset(Locale)}; else {@link #trainedOn()}. */
    public String trainedOn(Locale locale) {
        return CardTranslations.find(translations, locale, Texts::trainedOn).orElse(trainedOn);
    }

    /** This card with {@code texts} as its translation for {@code languageTag} (e.g. {@link #CHINESE}), replacing one given before. */
    public ModelCard withTranslation(String languageTag, Texts texts) {
        Map<String, Texts> all =
                CardTranslations.with(translations, languageTag, Objects.requireNonNull(texts, "texts"));
        return new ModelCard(
                modelName,
                modelVersion,
                dataset,
                trainExamples,
                testExamples,
                metrics,
                baselines,
                classLabels,
                confusionMatrix,
                trainingCurve,
                epochs,
                seed,
                parameterCount,
                trainingSeconds,
                trainedOn,
                trainedAt,
                all,
                testForecast);
    }

    /** This card with {@code forecast} as its test forecast. */
    public ModelCard withTestForecast(TestForecast forecast) {
        return new ModelCard(
                modelName,
                modelVersion,
                dataset,
                trainExamples,
                testExamples,
                metrics,
                baselines,
                classLabels,
                confusionMatrix,
                trainingCurve,
                epochs,
                seed,
                parameterCount,
                trainingSeconds,
                trainedOn,
                trainedAt,
                translations,
                forecast);
    }

    /**
     * A forecasting model's test period as series of the same length, oldest first: what happened,
     * what the model forecast for it, and what the persistence baseline ("like the last period")
     * forecast. Long test periods are thinned to every {@code step}-th forecast so a card stays small.
     *
     * @param unit        unit of all three series, e.g. {@code %} or {@code °C}
     * @param step        every how many test forecasts one is kept (1: all)
     * @param dates       ISO-8601 date of each forecast origin (the day the forecast is made)
     * @param actual      the realised value
     * @param model       the model's forecast
     * @param persistence the persistence baseline's forecast
     */
    public record TestForecast(
            String unit,
            int step,
            List<String> dates,
            List<Double> actual,
            List<Double> model,
            List<Double> persistence) {

        /** A card keeps at most this many points. */
        public static final int MAX_POINTS = 300;

        public TestForecast {
            Objects.requireNonNull(unit, "unit");
            dates = List.copyOf(dates);
            actual = List.copyOf(actual);
            model = List.copyOf(model);
            persistence = List.copyOf(persistence);
            if (step < 1) {
                throw new IllegalArgumentException("step must be at least 1: " + step);
            }
            if (actual.size() != dates.size() || model.size() != dates.size() || persistence.size() != dates.size()) {
                throw new IllegalArgumentException(
                        "series lengths differ: %d dates, %d actual, %d model, %d persistence"
                                .formatted(dates.size(), actual.size(), model.size(), persistence.size()));
            }
            if (dates.size() > MAX_POINTS) {
                throw new IllegalArgumentException(dates.size() + " points, at most " + MAX_POINTS);
            }
        }

        /**
         * The whole test period, thinned to every {@code step}-th forecast with the smallest step that
         * keeps at most {@code maxPoints} (and {@link #MAX_POINTS}), values rounded to four decimals.
         */
        public static TestForecast sampled(
                String unit, List<String> dates, double[] actual, double[] model, double[] persistence, int maxPoints) {
            return ForecastThinning.sampled(unit, dates, actual, model, persistence, Math.min(maxPoints, MAX_POINTS));
        }

        /**
         * An empirical prediction interval from this test period's errors (actual minus model), for
         * drawing around a new forecast of the same horizon: {@code forecast + lower} to
         * {@code forecast + upper} held {@code coverage} of the held-out outcomes. Takes the
         * {@code (1 - coverage) / 2} quantile from each end of the sorted errors (nearest rank,
         * rounded outwards), so at least {@code coverage} of them lie inside; no model is run again.
         *
         * @param coverage the central share to cover, between 0 and 1, e.g. {@code 0.9}
         * @return the interval, or empty when the test period has fewer than 20 points
         */
        public Optional<ErrorInterval> errorInterval(double coverage) {
            return ErrorInterval.of(actual, model, coverage);
        }
    }
}
