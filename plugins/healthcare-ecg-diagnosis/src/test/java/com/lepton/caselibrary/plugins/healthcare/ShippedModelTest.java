package com.lepton.caselibrary.plugins.healthcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.lepton.caselibrary.testkit.ShippedModelFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed SavedModel and model card, checked without TensorFlow. */
class ShippedModelTest {

    private static JsonObject card() throws IOException {
        return ShippedModelFiles.card(EcgDiagnosisCase.class, EcgDiagnosisCase.MODEL_PATH);
    }

    @Test
    void shipsASmallSavedModel() throws IOException {
        long size = ShippedModelFiles.savedModelBytes(EcgDiagnosisCase.class, EcgDiagnosisCase.MODEL_PATH);
        // 64,356 float32 weights are about 257 kB.
        assertThat(size).isBetween(250_000L, 2L * 1024 * 1024);
    }

    @Test
    void shipsAnHonestModelCard() throws IOException {
        JsonObject card = card();

        assertThat(card.keySet()).containsExactlyInAnyOrderElementsOf(ShippedModelFiles.cardFields(false));
        assertThat(card.get("modelName").getAsString()).isEqualTo(EcgDiagnosisCase.MODEL_NAME);
        assertThat(card.get("modelVersion").getAsString()).isEqualTo(EcgDiagnosisCase.MODEL_VERSION);
        assertThat(card.get("dataset").getAsString())
                .contains("SYNTHETIC")
                .contains("no patient data")
                .contains("McSharry")
                .contains("not a medical device");
        assertThat(card.get("parameterCount").getAsLong()).isEqualTo(BeatCnn.parameterCount());
        assertThat(card.get("seed").getAsLong()).isEqualTo(42);
        assertThat(card.get("trainExamples").getAsInt()).isEqualTo(EcgBeatTrainer.TRAIN_EXAMPLES);
        assertThat(card.get("testExamples").getAsInt()).isEqualTo(EcgBeatTrainer.TEST_EXAMPLES);
        assertThat(card.get("trainingSeconds").getAsDouble()).isBetween(1.0, 180.0);

        List<String> labels = new ArrayList<>();
        card.getAsJsonArray("classLabels").forEach(e -> labels.add(e.getAsString()));
        assertThat(labels).isEqualTo(BeatClass.keys());
        JsonArray confusion = card.getAsJsonArray("confusionMatrix");
        int total = 0;
        for (int rowSum : ShippedModelFiles.confusionRowSums(confusion, BeatClass.COUNT)) {
            // Balanced test set: a quarter of it per true class.
            assertThat(rowSum).isEqualTo(EcgBeatTrainer.TEST_EXAMPLES / BeatClass.COUNT);
            total += rowSum;
        }
        assertThat(total).isEqualTo(EcgBeatTrainer.TEST_EXAMPLES);

        JsonObject metrics = card.getAsJsonObject("metrics");
        assertThat(metrics.keySet())
                .contains(
                        "accuracy",
                        "macroF1",
                        "abnormalSensitivity",
                        "abnormalSpecificity",
                        "validationAccuracy",
                        "exportedEpoch");
        for (String key : BeatClass.keys()) {
            assertThat(metrics.keySet())
                    .contains("sensitivity." + key, "specificity." + key, "precision." + key, "f1." + key);
        }
        int correct = 0;
        for (int c = 0; c < BeatClass.COUNT; c++) {
            correct += confusion.get(c).getAsJsonArray().get(c).getAsInt();
        }
        assertThat(metrics.get("accuracy").getAsDouble()).isCloseTo((double) correct / total, within(1e-4));
        ShippedModelFiles.assertExportedEpochIsOnTheCurve(card, "validationAccuracy", 1e-4);

        JsonObject baselines = card.getAsJsonObject("baselines");
        assertThat(baselines.keySet()).containsExactlyInAnyOrder("majority", "nearestCentroid", "logisticRegression");
        assertThat(baselines.get("majority").getAsDouble()).isEqualTo(0.25);
        // The CNN must beat the hand-made features, or the case has no point.
        assertThat(metrics.get("accuracy").getAsDouble())
                .isGreaterThan(baselines.get("logisticRegression").getAsDouble() + 0.05);
        // ...and the task must not be trivial: not every beat right.
        assertThat(metrics.get("accuracy").getAsDouble()).isLessThan(1.0);
    }
}
