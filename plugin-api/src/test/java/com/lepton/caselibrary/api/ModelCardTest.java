package com.lepton.caselibrary.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.ModelCard.TestForecast;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCardTest {

    private static ModelCard card() {
        // The first plugin-api's constructor, as plugins built against it call it.
        return new ModelCard(
                "lstm",
                "1.0.0",
                "data",
                10,
                5,
                Map.of("rmse", 1.5),
                Map.of("persistence.rmse", 2.0),
                List.of(),
                List.of(),
                List.of(2.0, 1.5),
                2,
                42,
                100,
                1.0,
                "2 CPU cores",
                "2026-01-01T00:00:00Z");
    }

    @Test
    void aCardWithoutATestForecastStillBuilds() {
        assertThat(card().testForecast()).isNull();
    }

    @Test
    void addsATestForecast() {
        TestForecast forecast =
                new TestForecast("%", 1, List.of("2017-01-03"), List.of(10.0), List.of(11.0), List.of(9.0));
        ModelCard card = card().withTestForecast(forecast);

        assertThat(card.testForecast()).isEqualTo(forecast);
        assertThat(card.withTestForecast(null)).isEqualTo(card());
    }

    @Test
    void aCardWithoutTranslationsReadsInEnglishInEveryLanguage() {
        ModelCard card = card();

        assertThat(card.translations()).isEmpty();
        assertThat(card.dataset(Locale.SIMPLIFIED_CHINESE)).isEqualTo("data");
        assertThat(card.trainedOn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("2 CPU cores");
        assertThat(card.dataset(null)).isEqualTo("data");
    }

    @Test
    void picksTheTextOfTheReadersLanguageAndFallsBackToEnglish() {
        ModelCard card = card().withTranslation(ModelCard.CHINESE, new ModelCard.Texts("数据", "2 个 CPU 核心"));

        assertThat(card.translations()).containsOnlyKeys("zh-CN");
        assertThat(card.dataset(Locale.forLanguageTag("zh-CN"))).isEqualTo("数据");
        assertThat(card.trainedOn(Locale.forLanguageTag("zh-CN"))).isEqualTo("2 个 CPU 核心");
        // Another Chinese tag still reads the Chinese text; any other language the English one.
        assertThat(card.dataset(Locale.forLanguageTag("zh-TW"))).isEqualTo("数据");
        assertThat(card.dataset(Locale.CHINESE)).isEqualTo("数据");
        assertThat(card.dataset(Locale.ENGLISH)).isEqualTo("data");
        assertThat(card.dataset(Locale.GERMANY)).isEqualTo("data");
        assertThat(card.dataset(Locale.ROOT)).isEqualTo("data");
        // A text left out of a translation is the English one.
        assertThat(card.withTranslation("zh-CN", new ModelCard.Texts("数据", null))
                        .trainedOn(Locale.CHINA))
                .isEqualTo("2 CPU cores");
    }

    @Test
    void keepsTheTranslationsWhenATestForecastIsAdded() {
        ModelCard card = card().withTranslation("zh-CN", new ModelCard.Texts("数据", "2 个 CPU 核心"));
        TestForecast forecast =
                new TestForecast("%", 1, List.of("2017-01-03"), List.of(10.0), List.of(11.0), List.of(9.0));

        assertThat(card.withTestForecast(forecast).translations()).isEqualTo(card.translations());
        assertThat(ModelCardJson.write(card))
                .contains("\"translations\": {\n    \"zh-CN\": {\n      \"dataset\": \"数据\",");
    }

    @Test
    void thinsALongTestPeriodToEveryKthForecast() {
        int n = 823;
        List<String> dates = IntStream.range(0, n).mapToObj(i -> "d" + i).toList();
        double[] actual = IntStream.range(0, n).mapToDouble(i -> i + 0.123456).toArray();
        double[] model = IntStream.range(0, n).mapToDouble(i -> i + 1).toArray();
        double[] persistence = IntStream.range(0, n).mapToDouble(i -> i - 1).toArray();

        TestForecast forecast = TestForecast.sampled("%", dates, actual, model, persistence, 250);

        assertThat(forecast.step()).isEqualTo(4);
        assertThat(forecast.dates()).hasSize(206).startsWith("d0", "d4");
        assertThat(forecast.actual().get(1)).isEqualTo(4.1235);
        assertThat(forecast.model().get(1)).isEqualTo(5.0);
        assertThat(forecast.persistence().get(1)).isEqualTo(3.0);
        assertThat(TestForecast.sampled("%", dates.subList(0, 3), actual, model, persistence, 250)
                        .step())
                .isEqualTo(1);
    }

    @Test
    void refusesSeriesOfDifferentLengths() {
        assertThatThrownBy(() ->
                        new TestForecast("%", 1, List.of("a", "b"), List.of(1.0), List.of(1.0, 2.0), List.of(1.0, 2.0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TestForecast("%", 0, List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesTheTestForecastOnlyWhenThereIsOne() {
        assertThat(ModelCardJson.write(card())).doesNotContain("testForecast");
        String json = ModelCardJson.write(card().withTestForecast(
                        new TestForecast("°C", 2, List.of("2015-01-01"), List.of(10.0), List.of(11.0), List.of(9.0))));
        assertThat(json).contains("\"testForecast\": {", "\"unit\": \"°C\"", "\"dates\": [\n", "\"actual\": [10.0]");
    }

    @Test
    void putsATestForecastIntoAnExistingCardsText() {
        String shipped = "{\n  \"modelName\" : \"lstm\",\n  \"seed\" : 42\n}\n";
        TestForecast forecast =
                new TestForecast("%", 1, List.of("2017-01-03"), List.of(10.0), List.of(11.0), List.of(9.0));

        String once = ModelCardJson.withTestForecast(shipped, forecast);
        assertThat(once)
                .startsWith("{\n  \"modelName\" : \"lstm\",\n  \"seed\" : 42,\n  \"testForecast\" : {")
                .endsWith("}\n}\n")
                .contains("\"model\": [11.0]");
        assertThat(ModelCardJson.withTestForecast(once, forecast)).isEqualTo(once);
    }

    @Test
    void fillsTheTestForecastOnlyWhenTheRmseIsReproduced(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model-card.json");
        String shipped =
                "{\n  \"metrics\" : {\n    \"mae\" : 5.0,\n    \"rmse\" : 9.4222\n  },\n  \"baselines\" : { \"persistence.rmse\" : 10.2 }\n}\n";
        Files.writeString(file, shipped);
        TestForecast forecast =
                new TestForecast("%", 1, List.of("2017-01-03"), List.of(10.0), List.of(11.0), List.of(9.0));

        assertThatThrownBy(() -> ModelCardJson.fillTestForecast(file, 9.5, forecast))
                .isInstanceOf(IllegalStateException.class);
        assertThat(file).hasContent(shipped.strip());

        ModelCardJson.fillTestForecast(file, 9.42218, forecast);
        assertThat(Files.readString(file)).isEqualTo(ModelCardJson.withTestForecast(shipped, forecast));
    }

    /** A test period whose errors (actual minus model) are exactly {@code errors}, in a shuffled order. */
    private static TestForecast withErrors(double[] errors, double level) {
        List<Integer> order =
                new ArrayList<>(IntStream.range(0, errors.length).boxed().toList());
        Collections.shuffle(order, new Random(7));
        List<String> dates = order.stream().map(i -> "d" + i).toList();
        List<Double> model = order.stream().map(i -> level).toList();
        List<Double> actual = order.stream().map(i -> level + errors[i]).toList();
        return new TestForecast("u", 1, dates, actual, model, model);
    }

    @Test
    void theErrorIntervalCutsFivePercentFromEachEndOfTheSortedErrors() {
        // Errors -50..49: the 5 smallest (-50..-46) and the 5 largest (45..49) fall outside.
        double[] errors = IntStream.range(-50, 50).mapToDouble(i -> i).toArray();
        ErrorInterval interval = withErrors(errors, 100).errorInterval(0.9).orElseThrow();

        assertThat(interval.lower()).isEqualTo(-45.0);
        assertThat(interval.upper()).isEqualTo(44.0);
        assertThat(interval.errors()).isEqualTo(100);
        assertThat(interval.within()).isEqualTo(90);
        assertThat(interval.observedCoverage()).isEqualTo(0.9);
        assertThat(interval.nonNegative()).isTrue();
    }

    @Test
    void theErrorIntervalRoundsOutwardsSoAtLeastTheCoverageLiesWithin() {
        // 37 errors: 5 % of 37 is 1.85, so one error is cut from each end, not two.
        double[] errors = IntStream.range(0, 37).mapToDouble(i -> i * 0.5 - 3).toArray();
        ErrorInterval interval = withErrors(errors, 10).errorInterval(0.9).orElseThrow();

        assertThat(interval.lower()).isEqualTo(-2.5);
        assertThat(interval.upper()).isEqualTo(14.5);
        assertThat(interval.within()).isEqualTo(35);
        assertThat(interval.observedCoverage()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void skewedErrorsGiveAnAsymmetricBand() {
        double[] errors = new double[40];
        for (int i = 0; i < errors.length; i++) {
            errors[i] = i < 30 ? -0.1 * i : 5 + i;
        }
        ErrorInterval interval = withErrors(errors, 0).errorInterval(0.8).orElseThrow();

        // 10 % of 40 = 4 cut from each end: below, -2.5..-2.9; above, 41..44.
        assertThat(interval.lower()).isCloseTo(-2.5, Offset.offset(1e-9));
        assertThat(interval.upper()).isEqualTo(40.0);
        assertThat(interval.within()).isEqualTo(32);
    }

    @Test
    void theBandIsCutAtZeroOnlyForAQuantityThatNeverWentNegative() {
        // Errors -25..24.5 in halves (exact in binary), so actual minus model gives them back exactly.
        double[] errors = IntStream.range(-50, 50).mapToDouble(i -> i / 2.0).toArray();
        ErrorInterval positive = withErrors(errors, 30).errorInterval(0.9).orElseThrow();
        ErrorInterval signed = withErrors(errors, 1).errorInterval(0.9).orElseThrow();

        double[][] band = positive.around(new double[] {3, 40});
        assertThat(positive.nonNegative()).isTrue();
        assertThat(band[0]).containsExactly(0, 17.5);
        assertThat(band[1]).containsExactly(25, 62);
        assertThat(signed.nonNegative()).isFalse();
        assertThat(signed.around(new double[] {3})[0]).containsExactly(-19.5);
    }

    @Test
    void aShortTestPeriodGivesNoInterval() {
        assertThat(withErrors(new double[19], 1).errorInterval(0.9)).isEmpty();
        assertThat(withErrors(new double[20], 1).errorInterval(0.9)).isPresent();
        assertThatThrownBy(() -> withErrors(new double[20], 1).errorInterval(1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
