package com.lepton.caselibrary.plugins.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
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
import com.lepton.caselibrary.testkit.ShippedModel;
import com.lepton.caselibrary.trainingkit.VegaDatasets;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Loads the shipped SavedModel with DJL alone (not TF Java), offline, the way the host does: the
 * plugin's adapter in a translator that stacks examples into batches. Runs where the TensorFlow
 * native library is unpacked ({@code app/target/classes/native/lib} after an app build, or
 * {@code -Dtf.native.dir=...}); skipped elsewhere.
 */
class SavedModelWithDjlTest {

    private static Path modelDir;

    @BeforeAll
    static void needsTheNativeLibrary() throws Exception {
        String natives = System.getProperty("tf.native.dir", "");
        assumeTrue(
                !natives.isEmpty() && Files.isRegularFile(Path.of(natives, "libjnitensorflow.so")),
                "TensorFlow native library not unpacked in " + natives + "; build the app first");
        assumeTrue("true".equals(System.getProperty("ai.djl.offline")), "run offline, as the host does");
        Engine.getEngine("TensorFlow");
        modelDir = Path.of(SavedModelWithDjlTest.class
                        .getClassLoader()
                        .getResource(MarketRiskCase.MODEL_PATH + "/saved_model.pb")
                        .toURI())
                .getParent();
    }

    @Test
    void predictsTheSamplesInOneBatchThroughTheAdapter() throws Exception {
        VolatilityAdapter adapter = new VolatilityAdapter();
        List<DemoSample> samples = new MarketRiskCase().demo().samples();
        List<DemoInput> inputs = new ArrayList<>();
        for (DemoSample sample : samples) {
            inputs.add(new DemoInput.Series(MarketRiskCaseTest.samplePrices(sample)));
        }
        double threshold = adapter.preprocessing().elevatedThreshold();
        try (ShippedModel model = ShippedModel.open(modelDir, adapter, VolatilityLstm.WINDOW, 1)) {
            List<DemoResult> results = model.runAll(inputs);
            DemoResult single = model.run(inputs.getFirst());

            for (int i = 0; i < samples.size(); i++) {
                DemoResult.Forecast forecast = (DemoResult.Forecast) results.get(i);
                double[] prices = MarketRiskCaseTest.samplePrices(samples.get(i));
                double[] returns = Volatility.logReturns(prices);
                assertThat(forecast.history()).hasSize(VolatilityLstm.HISTORY_LENGTH);
                assertThat(forecast.forecast()).hasSize(Volatility.HORIZON);
                double level = forecast.forecast()[0];
                assertThat(forecast.forecast()).containsOnly(level);
                assertThat(level).isBetween(1.0, 200.0);
                // The last history value is the realised volatility of the sample's last five days: persistence.
                assertThat(forecast.history()[forecast.history().length - 1])
                        .isCloseTo(Volatility.persistence(returns, returns.length - 1), within(0.01));
                assertThat(forecast.history()[0])
                        .isCloseTo(
                                Volatility.realised(returns, returns.length - 20, returns.length - 15), within(0.01));
                System.out.printf(
                        Locale.ROOT,
                        "sample %-16s persistence %5.1f%%  LSTM forecast %5.1f%% %-9s  (%s)%n",
                        samples.get(i).id(),
                        forecast.history()[forecast.history().length - 1],
                        level,
                        level > threshold ? "ELEVATED" : "normal",
                        samples.get(i).expected());
            }
            assertThat(((DemoResult.Forecast) single).forecast()[0])
                    .isCloseTo(((DemoResult.Forecast) results.getFirst()).forecast()[0], within(1e-4));
        }
    }

    @Test
    void reproducesTheModelCardsTestErrorWhenTheDataIsInstalled() throws Exception {
        Path data = new Sp500VolatilityTrainer()
                .dataDirectories().stream()
                        .filter(d -> Files.isRegularFile(d.resolve(Sp500Csv.FILE_NAME)))
                        .findFirst()
                        .orElse(null);
        if (data == null) {
            // Run from the module folder, the repository root is two levels up.
            Path fromModule = Path.of("../..").resolve(VegaDatasets.PROJECT_DATA);
            data = Files.isRegularFile(fromModule.resolve(Sp500Csv.FILE_NAME)) ? fromModule : null;
        }
        assumeTrue(data != null, "S&P 500 data not installed");
        VolatilityDataset dataset = new VolatilityDataset(Sp500Csv.load(data));
        int[] test = dataset.origins(Sp500VolatilityTrainer.TEST, VolatilityLstm.WINDOW);
        Preprocessing scaling = Preprocessing.shipped();
        float[] inputs = dataset.inputs(test, scaling);

        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(modelDir)
                .optEngine("TensorFlow")
                .build();
        double[] forecasts = new double[test.length];
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager manager = model.getNDManager().newSubManager()) {
            NDArray batch = manager.create(inputs, new Shape(test.length, VolatilityLstm.WINDOW, 1));
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
        ForecastMetrics djl = ForecastMetrics.of(forecasts, dataset.targets(test), scaling.elevatedThreshold());
        JsonObject metrics;
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream(MarketRiskCase.MODEL_PATH + "/model-card.json")) {
            metrics = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject()
                    .getAsJsonObject("metrics");
        }
        System.out.printf(
                Locale.ROOT,
                "test RMSE through DJL %.4f, model card %.4f; recall %.4f vs %.4f%n",
                djl.rmse(),
                metrics.get("rmse").getAsDouble(),
                djl.recall(),
                metrics.get("recall").getAsDouble());
        assertThat(djl.rmse()).isCloseTo(metrics.get("rmse").getAsDouble(), within(1e-3));
        assertThat(djl.mae()).isCloseTo(metrics.get("mae").getAsDouble(), within(1e-3));
        assertThat(djl.recall()).isCloseTo(metrics.get("recall").getAsDouble(), within(1e-3));
    }
}
