package com.lepton.caselibrary.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.ModelCard;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    void readsACardWrittenBeforeTranslationsInEnglishForEveryReader() {
        ModelCard card = read(CARD.formatted("")).orElseThrow();

        assertThat(card.translations()).isEmpty();
        assertThat(card.dataset(Locale.SIMPLIFIED_CHINESE)).isEqualTo("S&P 500");
        assertThat(card.trainedOn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("2 CPU cores");
    }

    @Test
    void readsTheChineseTextsOfACard() {
        ModelCard card = read(CARD.formatted("""
                ,
                  "translations" : {
                    "zh-CN" : { "dataset" : "标普 500 指数", "trainedOn" : "2 个 CPU 核心" }
                  }""")).orElseThrow();

        assertThat(card.dataset(Locale.SIMPLIFIED_CHINESE)).isEqualTo("标普 500 指数");
        assertThat(card.trainedOn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("2 个 CPU 核心");
        assertThat(card.dataset(Locale.ENGLISH)).isEqualTo("S&P 500");
        assertThat(card.trainedOn(Locale.US)).isEqualTo("2 CPU cores");
    }

    @Test
    void aTranslationWrittenAsNullIsLeftOut() {
        ModelCard card = read(CARD.formatted(",\n  \"translations\" : { \"zh-CN\" : null }"))
                .orElseThrow();

        assertThat(card.translations()).isEmpty();
        assertThat(card.dataset(Locale.SIMPLIFIED_CHINESE)).isEqualTo("S&P 500");
    }

    @Test
    void everyShippedCardHasItsTextsInChinese() throws Exception {
        List<Path> cards;
        try (Stream<Path> files = Files.walk(Path.of("..", "plugins"))) {
            cards = files.filter(file -> file.getFileName().toString().equals("model-card.json"))
                    .filter(file -> file.toString().contains("src" + File.separator + "main"))
                    .sorted()
                    .toList();
        }
        // The 12 cases' cards and the plugin archetype's.
        assertThat(cards).hasSizeGreaterThanOrEqualTo(13);
        for (Path file : cards) {
            ModelCard card =
                    reader.parse(Files.readAllBytes(file), file.toString()).orElseThrow();
            String dataset = card.dataset(Locale.SIMPLIFIED_CHINESE);
            assertThat(dataset).as(file.toString()).isNotBlank().isNotEqualTo(card.dataset());
            // Chinese text, with every figure of the English one.
            assertThat(dataset).as(file.toString()).containsPattern("\\p{IsHan}");
            assertThat(digits(dataset)).as(file.toString()).isEqualTo(digits(card.dataset()));
            assertThat(card.trainedOn(Locale.SIMPLIFIED_CHINESE))
                    .as(file.toString())
                    .containsPattern("\\p{IsHan}")
                    .doesNotContain("cores");
        }
    }

    /** The numbers in a text, sorted, to check a translation keeps the figures (its word order may differ). */
    private static List<String> digits(String text) {
        return Pattern.compile("\\d+(?:[.,]\\d+)*")
                .matcher(text)
                .results()
                .map(MatchResult::group)
                .sorted()
                .toList();
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
