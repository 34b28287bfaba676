package com.lepton.caselibrary.plugins.technology;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.testkit.ShippedModelFiles;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed SavedModel, scaling file and model card, checked without TensorFlow. */
class ShippedModelTest {

    private static JsonObject card() throws IOException {
        return ShippedModelFiles.card(EnergyForecastCase.class, EnergyForecastCase.MODEL_PATH);
    }

    @Test
    void shipsASmallSavedModel() throws IOException {
        long size = ShippedModelFiles.savedModelBytes(EnergyForecastCase.class, EnergyForecastCase.MODEL_PATH);
        assertThat(size).isLessThan(2L * 1024 * 1024);
    }

    @Test
    void shipsTheTrainingPeriodsScaling() {
        Preprocessing scaling = Preprocessing.shipped();

        assertThat(scaling.window()).isEqualTo(TemperatureLstm.SHIPPED.window());
        // Seattle's daily maxima: a mean near 15 °C, a spread near 7 °C.
        assertThat(scaling.tempMaxMean()).isBetween(12.0, 19.0);
        assertThat(scaling.tempMaxStd()).isBetween(5.0, 9.0);
        assertThat(new TemperatureAdapter().preprocessing()).isEqualTo(scaling);
    }

    @Test
    void shipsAModelCardWithMetricsAndBaselines() throws IOException {
        JsonObject card = card();

        assertThat(card.keySet()).containsExactlyInAnyOrderElementsOf(ShippedModelFiles.cardFields(true));
        assertThat(card.get("modelName").getAsString()).isEqualTo(EnergyForecastCase.MODEL_NAME);
        assertThat(card.get("modelVersion").getAsString()).isEqualTo(EnergyForecastCase.MODEL_VERSION);
        assertThat(card.get("parameterCount").getAsLong()).isEqualTo(TemperatureLstm.SHIPPED.parameterCount());
        assertThat(card.get("seed").getAsLong()).isEqualTo(42);
        // Every day of 2015 is forecast once; January 2012 to June 2014 trains.
        assertThat(card.get("testExamples").getAsInt()).isEqualTo(365);
        assertThat(card.get("trainExamples").getAsInt()).isBetween(850, 913);
        assertThat(card.getAsJsonArray("classLabels")).isEmpty();
        assertThat(card.getAsJsonArray("confusionMatrix")).isEmpty();
        assertThat(card.get("trainingSeconds").getAsDouble()).isPositive().isLessThan(180);
        assertThat(card.get("dataset").getAsString())
                .contains("seattle-weather.csv")
                .contains("test 2015-01-01 to 2015-12-31");

        JsonObject metrics = card.getAsJsonObject("metrics");
        assertThat(metrics.keySet())
                .contains(
                        "rmse",
                        "mae",
                        "bias",
                        "validationRmse",
                        "validationMae",
                        "exportedEpoch",
                        "mae.winter",
                        "mae.summer",
                        "weatherLstm.rmse",
                        "weatherLstm.mae",
                        "dieboldMariano.persistence");
        // Next-day maximum temperature: errors of a few degrees, RMSE never below MAE.
        assertThat(metrics.get("rmse").getAsDouble())
                .isBetween(1.0, 5.0)
                .isGreaterThanOrEqualTo(metrics.get("mae").getAsDouble());
        JsonObject baselines = card.getAsJsonObject("baselines");
        ShippedModelFiles.assertBaselineFigures(
                baselines,
                List.of("persistence", "climatology", "linearAr", "linearArWeather"),
                List.of("rmse", "mae"));
        ShippedModelFiles.assertExportedEpochIsOnTheCurve(card, "validationRmse", 1e-3);
    }

    @Test
    void shipsTheTestPeriodForTheForecastPlot() throws IOException {
        JsonObject forecast = card().getAsJsonObject("testForecast");

        assertThat(forecast.get("unit").getAsString()).isEqualTo("°C");
        assertThat(forecast.get("step").getAsInt()).isEqualTo(2);
        int points = ShippedModelFiles.assertForecastPlotSeries(forecast, -20.0, 50.0);
        assertThat(points).isBetween(100, ModelCard.TestForecast.MAX_POINTS);
        assertThat(forecast.getAsJsonArray("dates").get(0).getAsString()).startsWith("2014-12-31");
        assertThat(forecast.getAsJsonArray("dates").get(points - 1).getAsString())
                .startsWith("2015-12");
    }
}
