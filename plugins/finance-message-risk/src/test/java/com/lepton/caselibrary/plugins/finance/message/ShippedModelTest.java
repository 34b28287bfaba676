package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import com.lepton.caselibrary.testkit.ShippedModelFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The committed SavedModel, vocabulary and model card, checked without TensorFlow. */
class ShippedModelTest {

    private static final String MODEL = MessageRiskCase.MODEL_PATH + "/";

    private static InputStream resource(String path) {
        return ShippedModelTest.class.getClassLoader().getResourceAsStream(path);
    }

    private static JsonObject card() throws IOException {
        return ShippedModelFiles.card(MessageRiskCase.class, MessageRiskCase.MODEL_PATH);
    }

    @Test
    void shipsASavedModelUnderThreeMegabytes() throws IOException {
        long size = ShippedModelFiles.savedModelBytes(MessageRiskCase.class, MessageRiskCase.MODEL_PATH);
        assertThat(size).isLessThan(3L * 1024 * 1024);
    }

    @Test
    void shipsTheVocabularyTheModelWasTrainedWith() throws IOException {
        Vocabulary vocabulary;
        try (InputStream in = resource(MODEL + MessageRiskCase.VOCABULARY_FILE)) {
            assertThat(in).as("vocab.txt").isNotNull();
            vocabulary = Vocabulary.read(in);
        }

        assertThat(vocabulary.size()).isEqualTo(TextCnn.VOCABULARY_SIZE);
        assertThat(vocabulary.id("account")).isGreaterThan(Vocabulary.UNKNOWN_ID);
        assertThat(vocabulary.id(Tokenizer.URL)).isGreaterThan(Vocabulary.UNKNOWN_ID);
        assertThat(card().get("parameterCount").getAsLong()).isEqualTo(TextCnn.parameterCount(vocabulary.size()));
    }

    @Test
    void shipsAModelCardThatBeatsTheBaselines() throws IOException {
        JsonObject card = card();

        assertThat(card.keySet()).containsExactlyInAnyOrderElementsOf(ShippedModelFiles.cardFields(false));
        assertThat(card.get("modelName").getAsString()).isEqualTo(MessageRiskCase.MODEL_NAME);
        assertThat(card.get("modelVersion").getAsString()).isEqualTo(MessageRiskCase.MODEL_VERSION);
        assertThat(card.get("seed").getAsLong()).isEqualTo(42);
        assertThat(card.getAsJsonArray("classLabels").asList().stream()
                        .map(e -> e.getAsString())
                        .toList())
                .isEqualTo(MessageClass.keys());
        JsonObject metrics = card.getAsJsonObject("metrics");
        JsonObject baselines = card.getAsJsonObject("baselines");
        assertThat(metrics.get("accuracy").getAsDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(metrics.get("f1.spam").getAsDouble()).isGreaterThanOrEqualTo(0.93);
        assertThat(metrics.get("f1.spam").getAsDouble())
                .isGreaterThan(baselines.get("naiveBayes.f1.spam").getAsDouble());
        assertThat(metrics.get("accuracy").getAsDouble())
                .isGreaterThan(baselines.get("majorityClass.accuracy").getAsDouble());

        JsonArray matrix = card.getAsJsonArray("confusionMatrix");
        assertThat(IntStream.of(ShippedModelFiles.confusionRowSums(matrix, 2)).sum())
                .isEqualTo(card.get("testExamples").getAsInt());
    }

    @Test
    void theJsonWriterUsesTheRecordComponentNames() {
        ModelCard card = new ModelCard(
                "m",
                "1.0.0",
                "d \"quoted\"\n",
                1,
                2,
                Map.of("accuracy", 0.5),
                Map.of("b", 0.1),
                List.of("x", "y"),
                List.of(List.of(1, 0), List.of(0, 1)),
                List.of(0.4, 0.5),
                2,
                42L,
                7L,
                1.5,
                "cpu",
                "2026-01-01T00:00:00Z");

        JsonObject json = JsonParser.parseString(ModelCardJson.write(card)).getAsJsonObject();

        assertThat(json.get("dataset").getAsString()).isEqualTo("d \"quoted\"\n");
        assertThat(json.getAsJsonObject("metrics").get("accuracy").getAsDouble())
                .isEqualTo(0.5);
        assertThat(json.get("seed").getAsLong()).isEqualTo(42L);
    }
}
