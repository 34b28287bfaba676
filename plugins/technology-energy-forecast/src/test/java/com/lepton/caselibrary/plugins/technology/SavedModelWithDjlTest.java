package com.lepton.caselibrary.plugins.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.testing.HostLikeModel;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.trainingkit.ForecastMetrics;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads the shipped SavedModel with DJL alone (not TF Java), offline, the way the host does: the
 * plugin's adapter in a translator that stacks examples into batches. Runs where the TensorFlow
 * native library is unpacked; skipped elsewhere.
 */
class SavedModelWithDjlTest {

    private static Path modelDir;

    @BeforeAll
    static void needsTheNativeLibrary() throws Exception {
        TensorFlowNative.load();
        modelDir = Path.of(SavedModelWithDjlTest.class
                        .getClassLoader()
                        .getResource(EnergyForecastCase.MODEL_PATH + "/saved_model.pb")
                        .toURI())
                .getParent();
    }

    @Test
    void predictsTheSamplesInOneBatchThroughTheAdapter() throws Exception {
        TemperatureAdapter adapter = new TemperatureAdapter();
        List<DemoSample> samples = new EnergyForecastCase().demo().samples();
        List<DemoInput> inputs = new ArrayList<>();
        for (DemoSample sample : samples) {
            inputs.add(new DemoInput.Series(EnergyForecastCaseTest.sampleValues(sample)));
        }
        try (ZooModel<DemoInput, DemoResult> model =
                        HostLikeModel.criteria(modelDir, adapter).loadModel();
                Predictor<DemoInput, DemoResult> predictor = model.newPredictor()) {
            List<DemoResult> results = predictor.batchPredict(inputs);
            DemoResult single = predictor.predict(inputs.getLast());

            for (int i = 0; i < samples.size(); i++) {
                DemoResult.Forecast forecast = (DemoResult.Forecast) results.get(i);
                double[] values = EnergyForecastCaseTest.sampleValues(samples.get(i));
                // The history is the sample's window in °C, returned by the model itself.
                assertThat(forecast.history()).containsExactly(values, within(1e-3));
                assertThat(forecast.forecast()).hasSize(1);
                double tomorrow = forecast.forecast()[0];
                // A next-day forecast stays near the recent days.
                assertThat(tomorrow).isBetween(-5.0, 40.0);
                assertThat(Math.abs(tomorrow - values[values.length - 1])).isLessThan(8.0);
                System.out.printf(
                        Locale.ROOT,
                        "sample %-20s today %5.1f °C  LSTM tomorrow %5.1f °C  (%s)%n",
                        samples.get(i).id(),
                        values[values.length - 1],
                        tomorrow,
                        samples.get(i).expected());
            }
            assertThat(((DemoResult.Forecast) single).forecast()[0])
                    .isCloseTo(((DemoResult.Forecast) results.getLast()).forecast()[0], within(1e-4));
        }
    }

    @Test
    void reproducesTheModelCardsTestErrorWhenTheDataIsInstalled() throws Exception {
        Path data = EnergyForecastCaseTest.installedData();
        assumeTrue(data != null, "Seattle weather data not installed");
        WeatherDataset dataset = new WeatherDataset(SeattleWeatherCsv.load(data));
        Preprocessing scaling = Preprocessing.shipped();
        int[] test = dataset.origins(SeattleWeatherTrainer.TEST, scaling.window());
        float[] inputs = dataset.univariateInputs(test, scaling);

        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(modelDir)
                .optEngine("TensorFlow")
                .build();
        double[] forecasts = new double[test.length];
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager manager = model.getNDManager().newSubManager()) {
            NDArray batch = manager.create(inputs, new Shape(test.length, scaling.window(), 1));
            NDList output = predictor.predict(new NDList(batch));
            for (NDArray array : output) {
                if (array.getShape().equals(new Shape(test.length, 1))) {
                    float[] values = array.toFloatArray();
                    for (int i = 0; i < values.length; i++) {
                        forecasts[i] = values[i];
                    }
                }
            }
        }
        ForecastMetrics djl = ForecastMetrics.of(forecasts, dataset.targets(test));
        JsonObject card;
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream(EnergyForecastCase.MODEL_PATH + "/model-card.json")) {
            card = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        }
        JsonObject metrics = card.getAsJsonObject("metrics");
        JsonObject baselines = card.getAsJsonObject("baselines");
        System.out.printf(
                Locale.ROOT,
                "2015 through DJL: RMSE %.4f MAE %.4f; model card %.4f / %.4f; persistence %.4f / %.4f%n",
                djl.rmse(),
                djl.mae(),
                metrics.get("rmse").getAsDouble(),
                metrics.get("mae").getAsDouble(),
                baselines.get("persistence.rmse").getAsDouble(),
                baselines.get("persistence.mae").getAsDouble());
        assertThat(djl.count()).isEqualTo(365);
        assertThat(djl.rmse()).isCloseTo(metrics.get("rmse").getAsDouble(), within(1e-3));
        assertThat(djl.mae()).isCloseTo(metrics.get("mae").getAsDouble(), within(1e-3));
        // The persistence figure on the card is what the data says.
        assertThat(ForecastMetrics.of(dataset.persistence(test), dataset.targets(test))
                        .rmse())
                .isCloseTo(baselines.get("persistence.rmse").getAsDouble(), within(1e-4));
    }
}
