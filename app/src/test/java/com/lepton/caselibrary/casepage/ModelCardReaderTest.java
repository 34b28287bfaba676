package com.lepton.caselibrary.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.ModelCard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelCardReaderTest {

    private static final String CARD = """
            {
              "modelName" : "sp500-lstm",
              "modelVersion" : "1.0.0",
              "dataset" : "S&P 500",
              "trainExamples" : 3748,
              "testExamples" : 823,
              "metrics" : { "rmse" : 9.4222 },
              "baselines" : { "persistence.rmse" : 10.2334 },
              "classLabels" : [ ],
              "confusionMatrix" : [ ],
              "trainingCurve" : [ 6.9, 6.2 ],
              "epochs" : 2,
              "seed" : 42,
              "parameterCount" : 4513,
              "trainingSeconds" : 8.0,
              "trainedOn" : "2 CPU cores",
              "trainedAt" : "2026-11-28T13:50:47Z"%s
            }
            """;

    private final ModelCardReader reader = new ModelCardReader();

    private Optional<ModelCard> read(String json) {
        return reader.parse(json.getBytes(StandardCharsets.UTF_8), "finance-market-risk");
    }

    @Test
    void readsACardWithoutATestForecast() {
        ModelCard card = read(CARD.formatted("")).orElseThrow();

        assertThat(card.modelName()).isEqualTo("sp500-lstm");
        assertThat(card.metrics()).containsEntry("rmse", 9.4222);
        assertThat(card.testForecast()).isNull();
    }

    @Test
    void readsACardWithATestForecast() {
        ModelCard card = read(CARD.formatted("""
                ,
                  "testForecast" : {
                    "unit": "%",
                    "step": 4,
                    "dates": ["2017-01-03", "2017-01-09"],
                    "actual": [5.412, 3.5384],
                    "model": [9.7466, 9.5834],
                    "persistence": [9.2173, 8.0798]
                  }""")).orElseThrow();

        ModelCard.TestForecast forecast = card.testForecast();
        assertThat(forecast.unit()).isEqualTo("%");
        assertThat(forecast.step()).isEqualTo(4);
        assertThat(forecast.dates()).containsExactly("2017-01-03", "2017-01-09");
        assertThat(forecast.actual()).containsExactly(5.412, 3.5384);
        assertThat(forecast.model()).containsExactly(9.7466, 9.5834);
        assertThat(forecast.persistence()).containsExactly(9.2173, 8.0798);
    }

    @Test
    void readsAnExplicitlyEmptyTestForecastAsNone() {
        assertThat(read(CARD.formatted(",\n  \"testForecast\" : null"))
                        .orElseThrow()
                        .testForecast())
                .isNull();
    }

    @Test
    void treatsABrokenCardAsMissing() {
        assertThat(read("{ \"modelName\" : ")).isEmpty();
        // Series of different lengths break the section's contract.
        assertThat(read(CARD.formatted("""
                , "testForecast" : { "unit": "%", "step": 1, "dates": ["a"], "actual": [], "model": [1.0], "persistence": [1.0] }"""))).isEmpty();
    }

    @Test
    void readsTheShippedForecastCards() throws Exception {
        // The cards as committed in the plugins (the test runs in app/).
        for (String card : new String[] {
            "finance-market-risk/src/main/resources/model/sp500-lstm/model-card.json",
            "technology-energy-forecast/src/main/resources/model/seattle-tmax-lstm/model-card.json",
            "manufacturing-sorting/src/main/resources/model/fashion-cnn/model-card.json"
        }) {
            Path file = Path.of("..", "plugins").resolve(card);
            assertThat(file).exists();
            ModelCard read = reader.parse(Files.readAllBytes(file), card).orElseThrow();
            assertThat(read.testForecast() != null).as(card).isEqualTo(!card.startsWith("manufacturing"));
        }
    }
}
