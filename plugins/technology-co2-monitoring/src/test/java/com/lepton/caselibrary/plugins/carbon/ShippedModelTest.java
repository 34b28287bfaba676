package com.lepton.caselibrary.plugins.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped SavedModel loaded with DJL alone, offline, the way the host does. It re-evaluates the
 * model on the committed held-out file ({@code heldout/co2-2008-2020.csv}: the Scripps readings from
 * January 2008, so every test window from January 2010 is complete) and runs the demo samples
 * through the plugin's adapter in one batch. Needs only the TensorFlow native library.
 */
class ShippedModelTest {

    /**
     * The held-out file is the card's whole test period, so the RMSE is reproduced, not estimated:
     * 0.005 ppm absorbs another CPU kernel or TensorFlow build yet is far below the gaps between
     * the model and its baselines, so a changed or wrongly scaled model fails.
     */
    private static final double RMSE_TOLERANCE = 0.005;

    private static Path modelDir;

    @BeforeAll
    static void loadTensorFlow() throws Exception {
        TensorFlowNative.load();
        modelDir = Path.of(ShippedModelTest.class
                        .getClassLoader()
                        .getResource(Co2MonitoringCase.MODEL_PATH + "/saved_model.pb")
                        .toURI())
                .getParent();
    }

    private static JsonObject card() throws Exception {
        try (InputStream in = ShippedModelTest.class
                .getClassLoader()
                .getResourceAsStream(Co2MonitoringCase.MODEL_PATH + "/model-card.json")) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        }
    }

    @Test
    void reproducesTheCardsTestErrorsOnTheCommittedHeldOutReadings() throws Exception {
        MonthlyCo2 heldOut;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("heldout/co2-2008-2020.csv")) {
            heldOut = Co2Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Co2Dataset data = new Co2Dataset(heldOut, ElmanRnn.SHIPPED.window());
        int[] test = data.origins(Co2RnnTrainer.TEST);
        JsonObject card = card();
        assertThat(test.length).isEqualTo(card.get("testExamples").getAsInt());

        double[] forecasts = new double[test.length];
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(modelDir)
                .optEngine("TensorFlow")
                .build();
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager manager = model.getNDManager().newSubManager()) {
            NDList output =
                    predictor.predict(new NDList(manager.create(data.windows(test), new Shape(test.length, 24, 1))));
            for (NDArray array : output) {
                if (array.getShape().equals(new Shape(test.length, 1))) {
                    float[] values = array.toFloatArray();
                    for (int i = 0; i < values.length; i++) {
                        forecasts[i] = values[i];
                    }
                }
            }
        }
        double[] targets = data.targets(test);
        ForecastMetrics rnn = ForecastMetrics.of(forecasts, targets);
        JsonObject metrics = card.getAsJsonObject("metrics");
        JsonObject baselines = card.getAsJsonObject("baselines");
        ForecastMetrics persistence = ForecastMetrics.of(data.persistence(test), targets);
        ForecastMetrics seasonal = ForecastMetrics.of(data.seasonalNaive(test), targets);
        System.out.printf(
                Locale.ROOT,
                "held-out 2010-2020 through DJL: RMSE %.4f MAE %.4f (card %.4f / %.4f); persistence %.4f; seasonal naive %.4f%n",
                rnn.rmse(),
                rnn.mae(),
                metrics.get("rmse").getAsDouble(),
                metrics.get("mae").getAsDouble(),
                persistence.rmse(),
                seasonal.rmse());

        assertThat(rnn.rmse()).isCloseTo(metrics.get("rmse").getAsDouble(), within(RMSE_TOLERANCE));
        assertThat(rnn.mae()).isCloseTo(metrics.get("mae").getAsDouble(), within(RMSE_TOLERANCE));
        // The baselines on the card are what the data says.
        assertThat(persistence.rmse())
                .isCloseTo(baselines.get("persistence.rmse").getAsDouble(), within(1e-4));
        assertThat(seasonal.rmse())
                .isCloseTo(baselines.get("seasonalNaive.rmse").getAsDouble(), within(1e-4));
        // The claim the card and the write-up make: far better than persistence.
        assertThat(rnn.rmse()).isLessThan(persistence.rmse() / 2);
    }

    @Test
    void predictsTheSamplesInOneBatchThroughTheAdapter() throws Exception {
        Co2Adapter adapter = new Co2Adapter();
        Criteria<DemoInput, DemoResult> criteria = HostLikeModel.criteria(modelDir, adapter);
        List<DemoSample> samples = new Co2MonitoringCase().demo().samples();
        List<DemoInput> inputs = new ArrayList<>();
        for (DemoSample sample : samples) {
            inputs.add(new DemoInput.Series(Co2MonitoringCaseTest.sampleValues(sample)));
        }
        try (ZooModel<DemoInput, DemoResult> model = criteria.loadModel();
                Predictor<DemoInput, DemoResult> predictor = model.newPredictor()) {
            List<DemoResult> results = predictor.batchPredict(inputs);
            for (int i = 0; i < samples.size(); i++) {
                DemoResult.Forecast forecast = (DemoResult.Forecast) results.get(i);
                double[] values = Co2MonitoringCaseTest.sampleValues(samples.get(i));
                assertThat(forecast.history()).containsExactly(values, within(1e-3));
                double next = forecast.forecast()[0];
                String observed = samples.get(i).expected().replaceAll("^observed in \\S+ ([0-9.]+) ppm.*$", "$1");
                System.out.printf(
                        Locale.ROOT,
                        "sample %-17s this month %.2f  RNN next %.2f  observed %s ppm%n",
                        samples.get(i).id(),
                        values[23],
                        next,
                        observed);
                // One month ahead, the RNN lands within 1.5 ppm of what was measured.
                assertThat(next).isCloseTo(Double.parseDouble(observed), within(1.5));
            }
        }
    }
}
