package com.lepton.caselibrary.plugins.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import com.lepton.caselibrary.testkit.ShippedModelFiles;
import com.lepton.caselibrary.trainingkit.SeedCnn;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The committed SavedModel and model card, checked without TensorFlow. */
class ShippedModelTest {

    @Test
    void shipsASmallSavedModel() throws IOException {
        long size = ShippedModelFiles.savedModelBytes(ProductSortingCase.class, "model/fashion-cnn");
        assertThat(size).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void shipsAModelCardThatMeetsTheRequirement() throws IOException {
        JsonObject card = ShippedModelFiles.card(ProductSortingCase.class, "model/fashion-cnn");

        assertThat(card.keySet()).containsExactlyInAnyOrderElementsOf(ShippedModelFiles.cardFields(false));
        assertThat(card.get("modelName").getAsString()).isEqualTo(ProductSortingCase.MODEL_NAME);
        assertThat(card.get("modelVersion").getAsString()).isEqualTo(ProductSortingCase.MODEL_VERSION);
        assertThat(card.get("testExamples").getAsInt()).isEqualTo(10_000);
        assertThat(card.getAsJsonObject("metrics").get("accuracy").getAsDouble())
                .isGreaterThanOrEqualTo(0.91);
        assertThat(card.get("parameterCount").getAsLong()).isEqualTo(SeedCnn.parameterCount());
        assertThat(card.getAsJsonArray("classLabels").asList().stream()
                        .map(e -> e.getAsString())
                        .toList())
                .isEqualTo(FashionClass.keys());

        JsonArray matrix = card.getAsJsonArray("confusionMatrix");
        assertThat(IntStream.of(ShippedModelFiles.confusionRowSums(matrix, 10)).sum())
                .isEqualTo(10_000);
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
        assertThat(json.getAsJsonArray("confusionMatrix")
                        .get(1)
                        .getAsJsonArray()
                        .get(1)
                        .getAsInt())
                .isEqualTo(1);
        assertThat(json.get("seed").getAsLong()).isEqualTo(42L);
    }
}
