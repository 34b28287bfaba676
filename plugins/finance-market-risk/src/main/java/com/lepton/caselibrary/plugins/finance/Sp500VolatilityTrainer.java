package com.lepton.caselibrary.plugins.finance;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelCard.TestForecast;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.plugins.finance.VolatilityDataset.Period;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import com.lepton.caselibrary.trainingkit.RegressionBatch;
import com.lepton.caselibrary.trainingkit.Rows;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.Shuffle;
import com.lepton.caselibrary.trainingkit.TrainingMachine;
import com.lepton.caselibrary.trainingkit.VegaDatasets;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Trains the volatility LSTM on the S&P 500 with TF Java and exports it as a SavedModel.
 *
 * <p>The split is chronological, never shuffled across periods: forecasts made in 2000–2014 train
 * the network, 2015–2016 validate it (the training curve, and the epoch whose weights are
 * exported), and 2017 to April 2020 test it, once, with the exported graph. Input scaling, target
 * scaling and the "elevated risk" threshold are measured on the training years only. Within the
 * training years the batch order is shuffled with the seed, as are the initial weights.
 *
 * <p>The network learns the standardised log of the next-5-day realised volatility with a mean
 * squared error: logs make the error relative, so the calm years are not drowned out by the few
 * crisis weeks. {@code exp} of a predicted log is a median; a lognormal correction measured on the
 * training residuals turns it into a mean forecast, which is what RMSE and MAE on the volatility
 * scale reward. The model is compared with the persistence, RiskMetrics EWMA and 20-day rolling
 * forecasts on exactly the same test days.
 */
public final class Sp500VolatilityTrainer implements ModelTrainer {

    static final Period TRAIN = new Period("train", LocalDate.of(2000, 1, 1), LocalDate.of(2014, 12, 31));
    static final Period VALIDATION = new Period("validation", LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31));
    static final Period TEST = new Period("test", LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31));

    static final int DEFAULT_EPOCHS = 40;
    static final int BATCH_SIZE = 64;
    static final float LEARNING_RATE = 1e-3f;
    /** The training years' quantile of realised volatility above which risk counts as elevated. */
    static final double ELEVATED_QUANTILE = 0.8;
    /** Points of the test period the model card's plot keeps at most. */
    static final int FORECAST_POINTS = 250;

    @Override
    public List<Path> dataDirectories() {
        return VegaDatasets.directories();
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        // DJL loads libtensorflow's JNI library; TF Java classes fail to link without it.
        Engine.getEngine("TensorFlow");

        PriceSeries prices = Sp500Csv.load(context.dataDirectory());
        VolatilityDataset data = new VolatilityDataset(prices);
        int window = VolatilityLstm.WINDOW;
        int[] train = data.origins(TRAIN, window);
        int[] validation = data.origins(VALIDATION, window);
        int[] test = data.origins(TEST, window);

        double[] returnStats = Volatility.meanAndStd(data.returnsIn(TRAIN));
        double[] trainTargets = data.targets(train);
        double[] validationTargets = data.targets(validation);
        double[] testTargets = data.targets(test);
        double threshold = Volatility.quantile(trainTargets, ELEVATED_QUANTILE);
        Preprocessing preprocessing = new Preprocessing(window, returnStats[0], returnStats[1], threshold);
        double[] logStats =
                Volatility.meanAndStd(Arrays.stream(trainTargets).map(Math::log).toArray());
        TargetScale unbiased = new TargetScale(logStats[0], logStats[1], 0);

        float[] trainX = data.inputs(train, preprocessing);
        float[] validationX = data.inputs(validation, preprocessing);
        float[] testX = data.inputs(test, preprocessing);
        float[] trainY = new float[train.length];
        for (int i = 0; i < train.length; i++) {
            trainY[i] = unbiased.standardise(trainTargets[i]);
        }

        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        log.printf(
                Locale.ROOT,
                "%s: %d trading days %s to %s%n",
                Sp500Csv.FILE_NAME,
                prices.count(),
                prices.date(0),
                prices.date(prices.count() - 1));
        log.printf(
                Locale.ROOT,
                "forecasts: train %d (%s), validation %d (%s), test %d (%s)%n",
                train.length,
                data.span(train),
                validation.length,
                data.span(validation),
                test.length,
                data.span(test));
        log.printf(
                Locale.ROOT,
                "scaling from the training years: %s; log-vol mean %.4f std %.4f%n",
                preprocessing,
                logStats[0],
                logStats[1]);
        log.printf(
                Locale.ROOT,
                "LSTM %d hidden, window %d, %d parameters; %d epochs, batch %d, Adam lr %s, seed %d%n",
                VolatilityLstm.HIDDEN,
                window,
                VolatilityLstm.parameterCount(),
                epochs,
                BATCH_SIZE,
                LEARNING_RATE,
                context.seed());

        EpochLoop.Outcome fit;
        TargetScale[] scales = new TargetScale[2]; // this epoch's, the kept epoch's
        try (VolatilityLstm.Training network =
                new VolatilityLstm.Training(VolatilityLstm.initialParameters(context.seed()), LEARNING_RATE)) {
            RegressionBatch batches = new RegressionBatch(trainX, trainY, window, BATCH_SIZE);
            fit = EpochLoop.run(
                    new EpochLoop.Network() {
                        @Override
                        public double step(int[] batch) {
                            return network.step(batches.inputs(), batches.targets(), batches.fill(batch));
                        }

                        @Override
                        public double validate() {
                            // The lognormal correction from this epoch's training residuals (training data only).
                            scales[0] = unbiased.withBias(network.predict(trainX, train.length), trainTargets);
                            double[] forecast = scales[0].volatility(network.predict(validationX, validation.length));
                            return -ForecastMetrics.of(forecast, validationTargets, threshold)
                                    .rmse();
                        }

                        @Override
                        public List<float[]> snapshot() {
                            scales[1] = scales[0];
                            return network.snapshot();
                        }
                    },
                    Shuffle.identity(train.length),
                    epochs,
                    BATCH_SIZE,
                    new Random(context.seed()),
                    "-RMSE",
                    log);
        }
        List<Double> curve =
                fit.curve().stream().map(score -> ForecastMetrics.round(-score)).toList();
        List<float[]> bestWeights = fit.bestWeights();
        TargetScale bestScale = scales[1];
        int bestEpoch = fit.bestEpoch();
        double trainingSeconds = fit.seconds();
        log.printf(
                Locale.ROOT,
                "trained in %.1f s; exporting epoch %d (validation RMSE %.3f, log bias %.4f)%n",
                trainingSeconds,
                bestEpoch,
                curve.get(bestEpoch - 1),
                bestScale.logBias());

        ForecastMetrics validationMetrics;
        ForecastMetrics testMetrics;
        double[] testForecast;
        try (VolatilityLstm.Serving serving = new VolatilityLstm.Serving(bestWeights, preprocessing, bestScale)) {
            // Evaluate the very graph that is exported, so the card describes the shipped model.
            validationMetrics = ForecastMetrics.of(
                    Rows.doubles(serving.predict(validationX, validation.length)), validationTargets, threshold);
            testForecast = Rows.doubles(serving.predict(testX, test.length));
            testMetrics = ForecastMetrics.of(testForecast, testTargets, threshold);
            SavedModelExport.clear(context.outputDirectory());
            serving.export(context.outputDirectory());
        }
        preprocessing.writeTo(
                context.outputDirectory(),
                "the " + Sp500Csv.FILE_NAME + " returns of " + TRAIN.from().getYear() + "–"
                        + TRAIN.to().getYear());

        Map<String, ForecastMetrics> baselines = ForecastMetrics.ofEach(data.baselines(test), testTargets, threshold);
        Map<String, ForecastMetrics> validationBaselines =
                ForecastMetrics.ofEach(data.baselines(validation), validationTargets, threshold);

        log.printf(
                Locale.ROOT,
                "elevated-risk threshold %.2f%% (train %.0fth percentile); test days elevated %d of %d%n",
                threshold,
                ELEVATED_QUANTILE * 100,
                testMetrics.elevated(),
                testMetrics.count());
        log.println("validation 2015-2016:");
        log.println("  " + validationMetrics.line("lstm"));
        validationBaselines.forEach((name, m) -> log.println("  " + m.line(name)));
        log.println("test 2017-2020:");
        log.println("  " + testMetrics.line("lstm"));
        baselines.forEach((name, m) -> log.println("  " + m.line(name)));
        log.printf("SavedModel in %s%n", context.outputDirectory());

        Map<String, Double> metrics = new LinkedHashMap<>(testMetrics.asMap(""));
        metrics.put("validationRmse", ForecastMetrics.round(validationMetrics.rmse()));
        metrics.put("exportedEpoch", (double) bestEpoch);
        metrics.put("elevatedThreshold", ForecastMetrics.round(threshold));
        metrics.put("elevatedShare", ForecastMetrics.round((double) testMetrics.elevated() / testMetrics.count()));
        Map<String, Double> baselineFigures = new LinkedHashMap<>();
        baselines.forEach((name, m) -> baselineFigures.putAll(m.asMap(name + ".")));
        Function<UnaryOperator<String>, Object[]> facts = span -> new Object[] {
            Sp500Csv.FILE_NAME,
            span.apply(data.span(train)),
            train.length,
            span.apply(data.span(validation)),
            validation.length,
            span.apply(data.span(test)),
            test.length,
            window,
            Volatility.HORIZON,
            threshold
        };
        ModelCard card = new ModelCard(
                MarketRiskCase.MODEL_NAME,
                MarketRiskCase.MODEL_VERSION,
                ("S&P 500 daily closes (vega-datasets 3.2.1, %s; BSD-3-Clause package, prices from Yahoo Finance). "
                                + "Forecast origins split by date: train %s (%d), validation %s (%d), test %s (%d). "
                                + "Input: last %d daily log returns. Target: realised volatility of the next %d trading days, annualised %%, "
                                + "RMSE/MAE in percentage points. Elevated risk: above %.2f%%, the training years' 80th percentile. "
                                + "Baselines: persistence = last 5 days' realised volatility, ewma = RiskMetrics lambda 0.94, rolling20 = last 20 days'.")
                        .formatted(facts.apply(UnaryOperator.identity())),
                train.length,
                test.length,
                metrics,
                baselineFigures,
                List.of(),
                List.of(),
                curve,
                epochs,
                context.seed(),
                VolatilityLstm.parameterCount(),
                Math.round(trainingSeconds * 10) / 10.0,
                TrainingMachine.describe(),
                TrainingMachine.now(),
                testForecast(data, test, testForecast));
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("S&P 500 指数每日收盘价（vega-datasets 3.2.1，%s；"
                                        + "软件包采用 BSD-3-Clause 许可，价格来自 Yahoo Finance）。预测起点按日期划分："
                                        + "训练 %s（%d 个），验证 %s（%d 个），测试 %s（%d 个）。输入：最近 %d 个交易日的对数收益率。目标："
                                        + "未来 %d 个交易日的已实现波动率，年化，单位 %%，RMSE/MAE 以百分点计。高风险："
                                        + "高于 %.2f%%，即训练年份的第 80 百分位数。基线："
                                        + "persistence = 最近 5 个交易日的已实现波动率，ewma = RiskMetrics 指数加权（lambda 0.94），"
                                        + "rolling20 = 最近 20 个交易日的已实现波动率。")
                                .formatted(facts.apply(TrainingMachine::spanInChinese)),
                        TrainingMachine.describeInChinese()));
    }

    /**
     * The model card's plot of the test period, by forecast origin: the realised next-5-day
     * volatility, the model's forecast and persistence's, thinned to at most {@value #FORECAST_POINTS} points.
     */
    static TestForecast testForecast(VolatilityDataset data, int[] test, double[] forecast) {
        List<String> dates =
                Arrays.stream(test).mapToObj(t -> data.returnDate(t).toString()).toList();
        return TestForecast.sampled("%", dates, data.targets(test), forecast, data.persistence(test), FORECAST_POINTS);
    }
}
