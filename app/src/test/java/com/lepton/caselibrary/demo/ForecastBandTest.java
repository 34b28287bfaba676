package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.ErrorInterval;
import com.lepton.caselibrary.api.ModelCard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** The forecast band from the shipped model cards' test periods, and the chart that draws it. */
class ForecastBandTest {

    private static final ForecastChart.Labels LABELS = new ForecastChart.Labels(
            "History and forecast", "History, forecast and band", "History", "Forecast", "90 % band");

    private static ModelCard card(String plugin, String model) throws IOException {
        Path file = Path.of("..", "plugins", plugin, "src", "main", "resources", "model", model, "model-card.json");
        return JsonMapper.builder().build().readValue(Files.readAllBytes(file), ModelCard.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "finance-market-risk,sp500-lstm",
        "technology-energy-forecast,seattle-tmax-lstm",
        "technology-co2-monitoring,mauna-loa-co2-rnn"
    })
    void eachShippedForecastCardGivesABandThatHeldNinetyPercentOfItsHeldOutErrors(String plugin, String model)
            throws IOException {
        ModelCard.TestForecast test = card(plugin, model).testForecast();
        ErrorInterval interval = test.errorInterval(ForecastBand.COVERAGE).orElseThrow();

        assertThat(interval.errors()).isEqualTo(test.actual().size());
        assertThat(interval.observedCoverage()).isBetween(0.9, 0.95);
        assertThat(interval.lower()).isNegative();
        assertThat(interval.upper()).isPositive();
        // Count afresh from the card: the band around each test forecast holds the actual value that often.
        int held = 0;
        for (int i = 0; i < test.actual().size(); i++) {
            double[][] band = interval.around(new double[] {test.model().get(i)});
            if (test.actual().get(i) >= band[0][0] && test.actual().get(i) <= band[1][0]) {
                held++;
            }
        }
        assertThat(held).isEqualTo(interval.within());
    }

    @Test
    void theVolatilityBandIsNotDrawnBelowZero() throws IOException {
        ErrorInterval interval = card("finance-market-risk", "sp500-lstm")
                .testForecast()
                .errorInterval(0.9)
                .orElseThrow();
        ForecastBand band = ForecastBand.around(new double[] {5, 5, 5, 5, 5}, interval);

        assertThat(interval.nonNegative()).isTrue();
        assertThat(band.lower()).containsOnly(Math.max(0, 5 + interval.lower()));
        assertThat(band.upper()).containsOnly(5 + interval.upper());
    }

    @Test
    void theChartShadesTheBandFromTheLastKnownValueToTheForecastsRange() throws IOException {
        ErrorInterval interval = card("technology-co2-monitoring", "mauna-loa-co2-rnn")
                .testForecast()
                .errorInterval(0.9)
                .orElseThrow();
        DemoResult.Forecast forecast =
                new DemoResult.Forecast(new double[] {410.0, 411.2, 412.5, 413.1}, new double[] {414.0});
        ForecastBand band = ForecastBand.around(forecast.forecast(), interval);

        String svg = ForecastChart.svg(forecast, band, Locale.ENGLISH, LABELS);

        assertThat(svg)
                .contains(
                        "aria-label=\"History, forecast and band\"",
                        "<polygon class=\"forecast-band\"",
                        ">90 % band</text>",
                        ">History</text>",
                        ">Forecast</text>");
        String points = svg.replaceAll("(?s).*<polygon class=\"forecast-band\" points=\"([^\"]+)\".*", "$1");
        // From the last history point (one x position) to the forecast's (a range): a triangle of 4 corners, two equal.
        String[] corners = points.split(" ");
        assertThat(corners).hasSize(4);
        assertThat(corners[0]).isEqualTo(corners[3]);
        assertThat(svg.indexOf("<polygon")).isLessThan(svg.indexOf("<polyline class=\"forecast\""));
    }

    @Test
    void withoutABandTheChartIsTheOldOneWithoutLegend() {
        DemoResult.Forecast forecast = new DemoResult.Forecast(new double[] {1, 2, 3}, new double[] {4});

        String svg = ForecastChart.svg(forecast, null, Locale.ENGLISH, LABELS);

        assertThat(svg).contains("aria-label=\"History and forecast\"").doesNotContain("<polygon", "legend");
    }
}
