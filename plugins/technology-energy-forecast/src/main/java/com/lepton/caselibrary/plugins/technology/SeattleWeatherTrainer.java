package com.lepton.caselibrary.plugins.technology;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelCard.TestForecast;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.plugins.technology.WeatherDataset.FeatureScaling;
import com.lepton.caselibrary.plugins.technology.WeatherDataset.Period;
import com.lepton.caselibrary.trainingkit.ForecastMetrics;
import com.lepton.caselibrary.trainingkit.Rows;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.TrainingMachine;
import com.lepton.caselibrary.trainingkit.VegaDatasets;
import com.lepton.caselibrary.trainingkit.WindowedRegression;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Trains the next-day temperature LSTM on Seattle's daily weather with TF Java and exports it as a
 * SavedModel.
 *
 * <p>The split is chronological, by the date of the day being forecast: January 2012 to June 2014
 * trains the network, July to December 2014 validates it (the training curve, and the epoch whose
 * weights are exported), and all of 2015 tests it, once, with the exported graph. Every scaling
 * statistic and every baseline is fitted on the training period only. Within the training period
 * the batch order is shuffled with the seed, as are the initial weights.
 *
 * <p>Two LSTMs are trained on the same split:
 * <ul>
 *   <li>the shipped one reads only the last 14 daily maxima, because the demo's input is a plain
 *       series of maxima without dates;</li>
 *   <li>a comparison one reads, for each of the 14 days, maximum and minimum temperature,
 *       precipitation, wind and the season terms (sin/cos of the day of year). It is evaluated
 *       and reported in the model card, not shipped.</li>
 * </ul>
 * Baselines on the same test days: persistence (tomorrow = today), the training period's smoothed
 * climatology for the day of year, and linear autoregressions fitted by least squares on the same
 * windows (the 14 maxima; and all six features of the 14 days).
 */
public final class SeattleWeatherTrainer implements ModelTrainer {

    static final Period TRAIN = new Period("train", LocalDate.of(2012, 1, 1), LocalDate.of(2014, 6, 30));
    static final Period VALIDATION = new Period("validation", LocalDate.of(2014, 7, 1), LocalDate.of(2014, 12, 31));
    static final Period TEST = new Period("test", LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));
    /** Points of the test period the model card's plot keeps at most. */
    static final int FORECAST_POINTS = 250;

    /** The comparison model: same window and size, six features per day. */
    static final TemperatureLstm WEATHER = new TemperatureLstm(
            TemperatureLstm.SHIPPED.window(), WeatherDataset.FEATURES.size(), TemperatureLstm.SHIPPED.hidden());

    static final int DEFAULT_EPOCHS = 60;

    @Override
    public List<Path> dataDirectories() {
        return VegaDatasets.directories();
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        // DJL loads libtensorflow's JNI library; TF Java classes fail to link without it.
        Engine.getEngine("TensorFlow");

        WeatherSeries series = SeattleWeatherCsv.load(context.dataDirectory());
        WeatherDataset data = new WeatherDataset(series);
        TemperatureLstm shipped = TemperatureLstm.SHIPPED;
        int window = shipped.window();
        int[] train = data.origins(TRAIN, window);
        int[] validation = data.origins(VALIDATION, window);
        int[] test = data.origins(TEST, window);
        if (train.length == 0 || validation.length == 0 || test.length == 0) {
            throw new IOException(SeattleWeatherCsv.FILE_NAME + " does not cover " + TRAIN.from() + " to " + TEST.to());
        }
        double[] trainTargets = data.targets(train);
        double[] validationTargets = data.targets(validation);
        double[] testTargets = data.targets(test);

        Preprocessing preprocessing = data.preprocessing(TRAIN, window);
        Standardiser tempMax = preprocessing.tempMax();
        FeatureScaling scaling = data.featureScaling(TRAIN);
        float[] trainY = tempMax.standardise(trainTargets);

        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        log.printf(
                Locale.ROOT,
                "%s: %d days %s to %s%n",
                SeattleWeatherCsv.FILE_NAME,
                series.count(),
                series.date(0),
                series.date(series.count() - 1));
        log.printf(
                Locale.ROOT,
                "forecast days: train %d (%s), validation %d (%s), test %d (%s)%n",
                train.length,
                data.span(train),
                validation.length,
                data.span(validation),
                test.length,
                data.span(test));
        log.printf(
                Locale.ROOT,
                "scaling from the training period only: temp_max %s; temp_min %s; precipitation %s; wind %s%n",
                scaling.tempMax(),
                scaling.tempMin(),
                scaling.precipitation(),
                scaling.wind());
        log.printf(
                Locale.ROOT,
                "shipped LSTM: window %d x %d feature, %d hidden, %d parameters; comparison LSTM: window %d x %d features, %d parameters%n",
                window,
                shipped.features(),
                shipped.hidden(),
                shipped.parameterCount(),
                WEATHER.window(),
                WEATHER.features(),
                WEATHER.parameterCount());
        log.printf(
                Locale.ROOT,
                "%d epochs, batch %d, Adam lr %s, seed %d%n",
                epochs,
                TemperatureFit.BATCH_SIZE,
                TemperatureFit.LEARNING_RATE,
                context.seed());

        // The shipped model: daily maxima only.
        float[] trainX = data.univariateInputs(train, preprocessing);
        float[] validationX = data.univariateInputs(validation, preprocessing);
        float[] testX = data.univariateInputs(test, preprocessing);
        WindowedRegression.Fit fit = TemperatureFit.fit(
                shipped,
                trainX,
                trainY,
                validationX,
                validationTargets,
                tempMax,
                epochs,
                context.seed(),
                log,
                "maxima ");
        log.printf(
                Locale.ROOT,
                "trained in %.1f s; exporting epoch %d (validation RMSE %.3f °C)%n",
                fit.seconds(),
                fit.bestEpoch(),
                fit.curve().get(fit.bestEpoch() - 1));

        ForecastMetrics validationMetrics;
        ForecastMetrics testMetrics;
        double[] testForecast;
        try (TemperatureLstm.Serving serving = shipped.new Serving(fit.bestWeights(), tempMax)) {
            // Evaluate the very graph that is exported, so the card describes the shipped model.
            validationMetrics = ForecastMetrics.of(
                    Rows.doubles(serving.predict(validationX, validation.length)), validationTargets);
            testForecast = Rows.doubles(serving.predict(testX, test.length));
            testMetrics = ForecastMetrics.of(testForecast, testTargets);
            SavedModelExport.clear(context.outputDirectory());
            serving.export(context.outputDirectory());
        }
        preprocessing.writeTo(
                context.outputDirectory(),
                "the " + SeattleWeatherCsv.FILE_NAME + " days " + TRAIN.from() + " to " + TRAIN.to());

        WeatherComparisons comparisons = WeatherComparisons.run(
                data, train, validation, test, scaling, tempMax, trainY, epochs, context.seed(), log);
        ForecastMetrics weatherTest = comparisons.weatherTest();
        Map<String, double[]> testBaselineForecasts = comparisons.testBaselineForecasts();
        Map<String, ForecastMetrics> baselines = comparisons.baselines();

        Map<String, Double> dieboldMariano =
                comparisons.report(log, validationMetrics, testMetrics, testForecast, testTargets);

        Map<String, Double> metrics = new LinkedHashMap<>(testMetrics.asMap(""));
        metrics.put("bias", ForecastMetrics.round(testMetrics.bias()));
        metrics.put("validationRmse", ForecastMetrics.round(validationMetrics.rmse()));
        metrics.put("validationMae", ForecastMetrics.round(validationMetrics.mae()));
        metrics.put("exportedEpoch", (double) fit.bestEpoch());
        // Mean absolute error by season of the forecast day, the shipped model next to persistence.
        LocalDate[] testDays = data.targetDates(test);
        double[] persistence = testBaselineForecasts.get("persistence");
        for (String season : List.of("winter", "spring", "summer", "autumn")) {
            metrics.put(
                    "mae." + season, ForecastMetrics.round(Season.mae(testForecast, testTargets, testDays, season)));
            metrics.put(
                    "persistence.mae." + season,
                    ForecastMetrics.round(Season.mae(persistence, testTargets, testDays, season)));
        }
        // Positive: the shipped LSTM's squared errors are smaller; beyond +-1.96 unlikely to be chance.
        dieboldMariano.forEach((name, value) -> metrics.put("dieboldMariano." + name, ForecastMetrics.round(value)));
        metrics.putAll(weatherTest.asMap("weatherLstm."));
        metrics.put(
                "weatherLstm.validationRmse",
                ForecastMetrics.round(comparisons.weatherValidation().rmse()));
        metrics.put("weatherLstm.parameterCount", (double) WEATHER.parameterCount());
        Map<String, Double> baselineFigures = new LinkedHashMap<>();
        baselines.forEach((name, m) -> baselineFigures.putAll(m.asMap(name + ".")));

        log.printf("SavedModel in %s%n", context.outputDirectory());
        Function<UnaryOperator<String>, Object[]> facts = span -> new Object[] {
            SeattleWeatherCsv.FILE_NAME,
            span.apply(data.span(train)),
            train.length,
            span.apply(data.span(validation)),
            validation.length,
            span.apply(data.span(test)),
            test.length,
            window,
            tempMax.mean(),
            tempMax.std(),
            Climatology.DEFAULT_HALF_WIDTH,
            window,
            window
        };
        ModelCard card = new ModelCard(
                EnergyForecastCase.MODEL_NAME,
                EnergyForecastCase.MODEL_VERSION,
                ("Seattle daily weather (NOAA, U.S. Government work; vega-datasets 3.2.1, %s, BSD-3-Clause package). "
                                + "Forecast days split by date: train %s (%d), validation %s (%d, epoch choice), test %s (%d, evaluated once). "
                                + "Input: the last %d daily maximum temperatures, standardised with the training period's mean %.2f °C and std %.2f °C. "
                                + "Target: the next day's maximum temperature, °C; RMSE and MAE in °C. "
                                + "Baselines on the same test days, fitted on the training period only: persistence, today's maximum; "
                                + "climatology, the training mean for the day of year, smoothed over ±%d days; "
                                + "linear AR, least squares on the same %d maxima; linear AR with weather, least squares on %d days × 6 features. "
                                + "Weather LSTM: a comparison LSTM (not shipped) reading maximum and minimum temperature, precipitation, wind "
                                + "and sin/cos of the day of year.")
                        .formatted(facts.apply(UnaryOperator.identity())),
                train.length,
                test.length,
                metrics,
                baselineFigures,
                List.of(),
                List.of(),
                fit.curve(),
                epochs,
                context.seed(),
                shipped.parameterCount(),
                Math.round(fit.seconds() * 10) / 10.0,
                TrainingMachine.describe(),
                TrainingMachine.now(),
                testForecast(data, test, testForecast));
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("西雅图（Seattle）每日天气（NOAA，美国政府作品；"
                                        + "vega-datasets 3.2.1，%s，软件包采用 BSD-3-Clause 许可）。预测日按日期划分："
                                        + "训练 %s（%d 天），验证 %s（%d 天，用于选择轮次），测试 %s（%d 天，仅评估一次）。输入："
                                        + "最近 %d 天的日最高气温，用训练期的均值 %.2f °C 和标准差 %.2f °C 标准化。目标：次日最高气温（°C）；"
                                        + "RMSE 和 MAE 以 °C 计。在相同测试日上的基线，均只在训练期上拟合：持续性预测，即当日最高气温；"
                                        + "气候平均，即训练期内该日（按一年中的第几天）的均值，在前后 %d 天内平滑；"
                                        + "线性自回归，对同样 %d 个最高气温做最小二乘；含天气的线性自回归，对 %d 天 × 6 个特征做最小二乘。"
                                        + "含天气的 LSTM：一个用于对比的 LSTM（未随附），读取最高和最低气温、降水、风以及一年中第几天的 sin/cos。")
                                .formatted(facts.apply(TrainingMachine::spanInChinese)),
                        TrainingMachine.describeInChinese()));
    }

    /**
     * The model card's plot of the test period, by the day each forecast is made: the next day's
     * actual maximum, the model's forecast and persistence's, thinned to at most {@value #FORECAST_POINTS} points.
     */
    static TestForecast testForecast(WeatherDataset data, int[] test, double[] forecast) {
        List<String> dates =
                Arrays.stream(data.originDates(test)).map(LocalDate::toString).toList();
        return TestForecast.sampled("°C", dates, data.targets(test), forecast, data.persistence(test), FORECAST_POINTS);
    }
}
