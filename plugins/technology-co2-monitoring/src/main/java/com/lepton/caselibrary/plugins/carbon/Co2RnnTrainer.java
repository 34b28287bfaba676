package com.lepton.caselibrary.plugins.carbon;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelCard.TestForecast;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.plugins.carbon.Co2Dataset.Period;
import com.lepton.caselibrary.trainingkit.ForecastMetrics;
import com.lepton.caselibrary.trainingkit.LinearRegression;
import com.lepton.caselibrary.trainingkit.Rows;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.TrainingMachine;
import com.lepton.caselibrary.trainingkit.VegaDatasets;
import com.lepton.caselibrary.trainingkit.WindowedRegression;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Trains the next-month CO₂ Elman RNN on the Mauna Loa record with TF Java and exports it.
 *
 * <p>The split is chronological, by the month being forecast: up to December 2003 trains the
 * network, 2004–2009 validates it (training curve and the exported epoch), and January 2010 to the
 * end of the file (April 2020) tests it, once, with the exported graph. The change scaling and the
 * linear baseline are fitted on the training months only; the batch order and initial weights are
 * drawn from the seed.
 *
 * <p>Baselines on the same test months: persistence (next month = this month), seasonal naive
 * with drift (the same month last year plus the latest twelve-month rise), and a linear
 * autoregression on the window's 23 month-on-month changes fitted by least squares — the strongest
 * of the three, since the seasonal cycle of changes is close to linear in its own past.
 */
public final class Co2RnnTrainer implements ModelTrainer {

    static final Period TRAIN = new Period("train", YearMonth.of(1958, 1), YearMonth.of(2003, 12));
    static final Period VALIDATION = new Period("validation", YearMonth.of(2004, 1), YearMonth.of(2009, 12));
    static final Period TEST = new Period("test", YearMonth.of(2010, 1), YearMonth.of(2099, 12));

    static final int DEFAULT_EPOCHS = 150;

    @Override
    public List<Path> dataDirectories() {
        return VegaDatasets.directories();
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        // DJL loads libtensorflow's JNI library; TF Java classes fail to link without it.
        Engine.getEngine("TensorFlow");

        MonthlyCo2 series = Co2Csv.load(context.dataDirectory());
        ElmanRnn rnn = ElmanRnn.SHIPPED;
        Co2Dataset data = new Co2Dataset(series, rnn.window());
        int[] train = data.origins(TRAIN);
        int[] validation = data.origins(VALIDATION);
        int[] test = data.origins(TEST);
        if (train.length == 0 || validation.length == 0 || test.length == 0) {
            throw new IOException(Co2Csv.FILE_NAME + " does not cover " + TRAIN.from() + " to " + TEST.from());
        }
        ElmanRnn.Scaling scaling = data.changeScaling(TRAIN);
        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        log.printf(
                Locale.ROOT,
                "%s: %d monthly readings %s to %s%n",
                Co2Csv.FILE_NAME,
                series.count(),
                series.month(0),
                series.month(series.count() - 1));
        log.printf(
                Locale.ROOT,
                "forecast months: train %d (%s), validation %d (%s), test %d (%s)%n",
                train.length,
                span(data, train),
                validation.length,
                span(data, validation),
                test.length,
                span(data, test));
        log.printf(
                Locale.ROOT,
                "month-on-month change in the training months: mean %.4f ppm, std %.4f ppm%n",
                scaling.mean(),
                scaling.std());
        log.printf(
                Locale.ROOT,
                "Elman RNN: window %d readings, %d hidden, %d parameters; %d epochs, batch %d, Adam lr %s, seed %d%n",
                rnn.window(),
                rnn.hidden(),
                rnn.parameterCount(),
                epochs,
                Co2RnnFit.BATCH_SIZE,
                Co2RnnFit.LEARNING_RATE,
                context.seed());

        WindowedRegression.Fit fit = Co2RnnFit.fit(rnn, scaling, data, train, validation, epochs, context.seed(), log);
        log.printf(
                Locale.ROOT,
                "trained in %.1f s; exporting epoch %d (validation RMSE %.4f ppm)%n",
                fit.seconds(),
                fit.bestEpoch(),
                fit.curve().get(fit.bestEpoch() - 1));

        ForecastMetrics validationMetrics;
        double[] testForecast;
        try (ElmanRnn.Serving serving = rnn.new Serving(fit.bestWeights(), scaling)) {
            // Evaluate the very graph that is exported, so the card describes the shipped model.
            validationMetrics = ForecastMetrics.of(
                    Rows.doubles(serving.predict(data.windows(validation), validation.length)),
                    data.targets(validation));
            testForecast = Rows.doubles(serving.predict(data.windows(test), test.length));
            SavedModelExport.clear(context.outputDirectory());
            serving.export(context.outputDirectory());
        }
        // Fine-tuning starts from these weights and must read the readings as they were trained.
        Co2FineTuning.writeScaling(context.outputDirectory(), scaling);
        double[] testTargets = data.targets(test);
        ForecastMetrics testMetrics = ForecastMetrics.of(testForecast, testTargets);

        LinearRegression ar = LinearRegression.fit(data.changeWindows(train), data.targetChanges(train));
        Map<String, double[]> baselineForecasts = new LinkedHashMap<>();
        baselineForecasts.put("persistence", data.persistence(test));
        baselineForecasts.put("seasonalNaive", data.seasonalNaive(test));
        baselineForecasts.put("linearAr", plus(data.persistence(test), ar.predict(data.changeWindows(test))));

        log.println("test (" + span(data, test) + "), evaluated once, next month's CO2:");
        log.println("  " + line("rnn", testMetrics));
        Map<String, Double> metrics = new LinkedHashMap<>(testMetrics.asMap(""));
        Map<String, Double> baselines = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> baseline : baselineForecasts.entrySet()) {
            String name = baseline.getKey();
            ForecastMetrics m = ForecastMetrics.of(baseline.getValue(), testTargets);
            baselines.putAll(m.asMap(name + "."));
            double dm = ForecastMetrics.dieboldMariano(baseline.getValue(), testForecast, testTargets);
            // Positive: the RNN's squared errors are smaller; beyond +-1.96 unlikely to be chance.
            metrics.put("dieboldMariano." + name, ForecastMetrics.round(dm));
            log.println("  " + line(name, m));
            log.printf(
                    Locale.ROOT,
                    "  the RNN %s %s on test RMSE (%.4f vs %.4f); Diebold-Mariano %+.2f (%s)%n",
                    m.rmse() > testMetrics.rmse() ? "BEATS" : "does NOT beat",
                    name,
                    testMetrics.rmse(),
                    m.rmse(),
                    dm,
                    Math.abs(dm) > 1.96 ? "significant at 5%" : "not significant at 5%");
        }
        metrics.put("bias", ForecastMetrics.round(testMetrics.bias()));
        metrics.put("validationRmse", ForecastMetrics.round(validationMetrics.rmse()));
        metrics.put("exportedEpoch", (double) fit.bestEpoch());

        log.printf("SavedModel in %s%n", context.outputDirectory());
        Function<UnaryOperator<String>, Object[]> facts = inLanguage -> new Object[] {
            Co2Csv.FILE_NAME,
            inLanguage.apply(span(data, train)),
            train.length,
            inLanguage.apply(span(data, validation)),
            validation.length,
            inLanguage.apply(span(data, test)),
            test.length,
            rnn.window(),
            scaling.mean(),
            scaling.std(),
            rnn.window() - 1
        };
        ModelCard card = new ModelCard(
                Co2MonitoringCase.MODEL_NAME,
                Co2MonitoringCase.MODEL_VERSION,
                ("Mauna Loa monthly mean CO2, Scripps CO2 Program (vega-datasets 3.2.1, %s, BSD-3-Clause package; free use with citation "
                                + "of Keeling et al.). Forecast months split by date: train %s (%d), validation %s (%d, epoch choice), "
                                + "test %s (%d, evaluated once); windows spanning a month without a reading are left out. "
                                + "Input: the last %d monthly readings in ppm; the graph takes month-on-month changes, standardised with the "
                                + "training months' mean %.4f and std %.4f ppm. Target: next month's reading, ppm; RMSE and MAE in ppm. "
                                + "Baselines on the same test months: persistence, this month's reading; seasonal naive, the same month a year "
                                + "earlier plus the latest twelve-month rise; linear AR, least squares on the window's %d changes, fitted on the "
                                + "training months.")
                        .formatted(facts.apply(UnaryOperator.identity())),
                train.length,
                test.length,
                metrics,
                baselines,
                List.of(),
                List.of(),
                fit.curve(),
                epochs,
                context.seed(),
                rnn.parameterCount(),
                Math.round(fit.seconds() * 10) / 10.0,
                TrainingMachine.describe(),
                TrainingMachine.now(),
                TestForecast.sampled(
                        "ppm",
                        Arrays.stream(data.targetMonths(test))
                                .map(month -> month.minusMonths(1).atDay(1).toString())
                                .toList(),
                        testTargets,
                        testForecast,
                        data.persistence(test),
                        TestForecast.MAX_POINTS));
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("莫纳罗亚（Mauna Loa）CO2 月均浓度，Scripps CO2 Program（vega-datasets 3.2.1，%s，"
                                        + "软件包采用 BSD-3-Clause 许可；注明引用 Keeling 等人即可免费使用）。预测月份按日期划分："
                                        + "训练 %s（%d 个），验证 %s（%d 个，用于选择轮次），测试 %s（%d 个，仅评估一次）；跨越缺测月份的窗口不纳入。输入："
                                        + "最近 %d 个月的读数（ppm）；计算图取逐月变化量，并用训练月份的均值 %.4f 和标准差 %.4f ppm 标准化。目标："
                                        + "下个月的读数（ppm）；RMSE 和 MAE 以 ppm 计。在相同测试月份上的基线：持续性预测，即本月读数；"
                                        + "季节性朴素预测，即一年前同月读数加上最近十二个月的涨幅；"
                                        + "线性自回归，对窗口内 %d 个变化量做最小二乘，在训练月份上拟合。")
                                .formatted(facts.apply(TrainingMachine::spanInChinese)),
                        TrainingMachine.describeInChinese()));
    }

    private static double[] plus(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static String span(Co2Dataset data, int[] origins) {
        YearMonth[] months = data.targetMonths(origins);
        return months[0] + " to " + months[months.length - 1];
    }

    private static String line(String name, ForecastMetrics m) {
        return String.format(
                Locale.ROOT,
                "%-14s RMSE %.4f ppm  MAE %.4f ppm  bias %+.4f ppm  (%d months)",
                name,
                m.rmse(),
                m.mae(),
                m.bias(),
                m.count());
    }
}
