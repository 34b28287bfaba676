package com.lepton.caselibrary.plugins.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.testkit.ShippedModelFiles;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed SavedModel, scaling file and model card, checked without TensorFlow. */
class ShippedModelTest {

    private static JsonObject card() throws IOException {
        return ShippedModelFiles.card(MarketRiskCase.class, "model/sp500-lstm");
    }

    @Test
    void shipsASmallSavedModel() throws IOException {
        long size = ShippedModelFiles.savedModelBytes(MarketRiskCase.class, "model/sp500-lstm");
        assertThat(size).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void shipsTheTrainingYearsScaling() {
        Preprocessing scaling = Preprocessing.shipped();

        assertThat(scaling.window()).isEqualTo(VolatilityLstm.WINDOW);
        // Daily S&P 500 returns: a mean near zero and a standard deviation near 1.2%.
        assertThat(scaling.returnMean()).isBetween(-0.001, 0.001);
        assertThat(scaling.returnStd()).isBetween(0.008, 0.02);
        assertThat(scaling.elevatedThreshold()).isBetween(10.0, 40.0);
        assertThat(new VolatilityAdapter().preprocessing()).isEqualTo(scaling);
    }

    @Test
    void shipsAModelCardWithMetricsAndBaselines() throws IOException {
        JsonObject card = card();

        assertThat(card.keySet()).containsExactlyInAnyOrderElementsOf(ShippedModelFiles.cardFields(true));
        assertThat(card.get("modelName").getAsString()).isEqualTo(MarketRiskCase.MODEL_NAME);
        assertThat(card.get("modelVersion").getAsString()).isEqualTo(MarketRiskCase.MODEL_VERSION);
        assertThat(card.get("parameterCount").getAsLong()).isEqualTo(VolatilityLstm.parameterCount());
        assertThat(card.get("seed").getAsLong()).isEqualTo(42);
        assertThat(card.get("testExamples").getAsInt()).isGreaterThan(800);
        assertThat(card.get("trainExamples").getAsInt()).isGreaterThan(3_500);
        assertThat(card.getAsJsonArray("classLabels")).isEmpty();
        assertThat(card.getAsJsonArray("confusionMatrix")).isEmpty();

        JsonObject metrics = card.getAsJsonObject("metrics");
        assertThat(metrics.keySet())
                .contains(
                        "rmse",
                        "mae",
                        "rmseLog",
                        "hitRate",
                        "precision",
                        "recall",
                        "validationRmse",
                        "exportedEpoch",
                        "elevatedThreshold",
                        "elevatedShare");
        assertThat(metrics.get("elevatedThreshold").getAsDouble())
                .isCloseTo(Preprocessing.shipped().elevatedThreshold(), within(1e-4));
        JsonObject baselines = card.getAsJsonObject("baselines");
        ShippedModelFiles.assertBaselineFigures(
                baselines,
                List.of("persistence", "ewma", "rolling20"),
                List.of("rmse", "mae", "rmseLog", "hitRate", "precision", "recall"));
        ShippedModelFiles.assertExportedEpochIsOnTheCurve(card, "validationRmse", 1e-3);
    }

    @Test
    void shipsTheTestPeriodForTheForecastPlot() throws IOException {
        JsonObject forecast = card().getAsJsonObject("testForecast");

        assertThat(forecast.get("unit").getAsString()).isEqualTo("%");
        assertThat(forecast.get("step").getAsInt()).isEqualTo(4);
        int points = ShippedModelFiles.assertForecastPlotSeries(forecast, 0.0, 200.0);
        assertThat(points).isBetween(100, ModelCard.TestForecast.MAX_POINTS);
        assertThat(forecast.getAsJsonArray("dates").get(0).getAsString()).startsWith("2017-01");
        assertThat(forecast.getAsJsonArray("dates").get(points - 1).getAsString())
                .startsWith("2020-04");
    }
}
