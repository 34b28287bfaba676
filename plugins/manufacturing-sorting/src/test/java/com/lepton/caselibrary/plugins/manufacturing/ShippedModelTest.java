package com.lepton.caselibrary.plugins.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import com.lepton.caselibrary.trainingkit.SeedCnn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed SavedModel and model card, checked without TensorFlow. */
class ShippedModelTest {

    private static InputStream resource(String path) {
        return ShippedModelTest.class.getClassLoader().getResourceAsStream(path);
    }

    @Test
    void shipsASmallSavedModel() throws IOException {
        long size = 0;
        for (String file :
                List.of("saved_model.pb", "variables/variables.index", "variables/variables.data-00000-of-00001")) {
            try (InputStream in = resource("model/fashion-cnn/" + file)) {
                assertThat(in).as(file).isNotNull();
                size += in.readAllBytes().length;
            }
        }
        assertThat(size).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void shipsAModelCardThatMeetsTheRequirement() throws IOException {
        JsonObject card;
        try (InputStream in = resource("model/fashion-cnn/model-card.json")) {
            card = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        }

        assertThat(card.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        // testForecast is for forecasting models only; a classifier's card leaves it out.
                        Arrays.stream(ModelCard.class.getRecordComponents())
                                .map(c -> c.getName())
                                .filter(name -> !name.equals("testForecast"))
                                .toList());
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
        assertThat(matrix).hasSize(10);
        int total = 0;
        for (var row : matrix) {
            assertThat(row.getAsJsonArray()).hasSize(10);
            for (var cell : row.getAsJsonArray()) {
                total += cell.getAsInt();
            }
        }
        assertThat(total).isEqualTo(10_000);
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
