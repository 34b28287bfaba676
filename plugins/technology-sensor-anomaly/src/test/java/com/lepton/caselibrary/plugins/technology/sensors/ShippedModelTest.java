package com.lepton.caselibrary.plugins.technology.sensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.testkit.ShippedModel;
import com.lepton.caselibrary.trainingkit.CsvTables;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped SavedModel, served as the portal serves it, re-scored on the committed readings of the
 * two test motes (the card's held-out set): its precision, recall and AUROC must match the card.
 */
class ShippedModelTest {

    private static final Path MODEL = Path.of("src/main/resources/" + SensorAnomalyCase.MODEL_PATH);

    /** Opened once: loading the SavedModel for every window took most of this test's time (26 of 29 s). */
    private static ShippedModel shipped;

    @BeforeAll
    static void openTheShippedModel() throws Exception {
        shipped = ShippedModel.open(MODEL, new SensorSeriesAdapter());
    }

    @AfterAll
    static void closeTheShippedModel() {
        shipped.close();
    }

    @Test
    void reachesTheCardsFiguresOnTheTestMotes() throws Exception {
        ModelCard card = ShippedModel.card(MODEL);
        List<Map<String, String>> rows;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(getClass().getClassLoader().getResourceAsStream("heldout/test-motes.csv.gz")),
                StandardCharsets.UTF_8))) {
            rows = CsvTables.read(reader, "test-motes.csv.gz", "mote_id", "temperature", "label");
        }
        List<double[]> scores = new ArrayList<>();
        List<int[]> labels = new ArrayList<>();
        for (int id : SensorAnomalyTrainer.TEST_MOTES) {
            List<Map<String, String>> mote = rows.stream()
                    .filter(row -> row.get("mote_id").equals(String.valueOf(id)))
                    .toList();
            double[] series = mote.stream()
                    .mapToDouble(r -> Double.parseDouble(r.get("temperature")))
                    .toArray();
            labels.add(mote.stream()
                    .mapToInt(r -> Integer.parseInt(r.get("label")))
                    .toArray());
            scores.add(WindowScores.score(this::scoreThroughTheAdapter, series));
        }
        double[] s = scores.stream().flatMapToDouble(Arrays::stream).toArray();
        int[] y = labels.stream().flatMapToInt(Arrays::stream).toArray();
        long[] c = WindowScores.confusion(s, y, 1.0);
        double auroc = WindowScores.auroc(s, y);
        System.out.println(ShippedModel.describe(
                "sensor RNN held-out AUROC", auroc, card.metrics().get("auroc")));
        assertThat(y).hasSize(card.testExamples());
        assertThat(auroc).isCloseTo(card.metrics().get("auroc"), within(0.005));
        assertThat((double) c[3] / (c[2] + c[3])).isCloseTo(card.metrics().get("recall.anomaly"), within(0.02));
        assertThat(SensorAnomalyTrainer.eventsDetected(scores, labels, 1.0))
                .isEqualTo(card.metrics().get("eventsDetected").intValue());
    }

    @Test
    void theEventSamplesAreFlaggedAndTheQuietOneOnlyAtTheFalseAlarmRate() throws Exception {
        SensorAnomalyCase plugin = new SensorAnomalyCase();
        for (var sample : plugin.demo().samples()) {
            double[] values = Files.readAllLines(Path.of("src/main/resources", sample.resourcePath())).stream()
                    .skip(1)
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            DemoResult.Anomalies result = (DemoResult.Anomalies)
                    ShippedModel.runAll(MODEL, plugin.adapter(), List.of(new DemoInput.Series(values)))
                            .getFirst();
            if (sample.expected().equals("event")) {
                assertThat(result.flaggedCount()).as(sample.id()).isPositive();
            } else {
                // No event: flags here are false alarms, which the card puts at 5 % of normal test readings.
                assertThat(result.flaggedCount()).as(sample.id()).isLessThan(result.series().length / 10);
            }
        }
    }

    /** Windows through the SavedModel with the plugin's adapter, as the portal runs them. */
    private float[] scoreThroughTheAdapter(float[] windows, int count) {
        try {
            List<DemoInput> inputs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                double[] w = new double[SensorRnn.WINDOW];
                for (int k = 0; k < w.length; k++) {
                    w[k] = windows[i * SensorRnn.WINDOW + k];
                }
                inputs.add(new DemoInput.Series(w));
            }
            float[] out = new float[count * SensorRnn.WINDOW];
            List<DemoResult> results = shipped.runAll(inputs);
            for (int i = 0; i < count; i++) {
                double[] scores = ((DemoResult.Anomalies) results.get(i)).scores();
                for (int k = 0; k < scores.length; k++) {
                    out[i * SensorRnn.WINDOW + k] = (float) scores[k];
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
