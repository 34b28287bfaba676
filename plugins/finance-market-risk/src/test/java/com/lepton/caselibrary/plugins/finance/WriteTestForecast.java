package com.lepton.caselibrary.plugins.finance;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import com.lepton.caselibrary.trainingkit.GraphRuns;
import com.lepton.caselibrary.trainingkit.VegaDatasets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tensorflow.ndarray.Shape;

/**
 * Dev runner: fills the shipped model card's {@code testForecast} without retraining. Loads the
 * shipped SavedModel and scaling file, forecasts the same test origins the trainer used, checks
 * that the recomputed test RMSE is the card's, and writes the series into the card (only that
 * section changes).
 *
 * <pre>
 * ./mvnw -B -f plugins/finance-market-risk/pom.xml test-compile exec:exec@test-forecast [-Dtf.native.dir=...]
 * </pre>
 * Arguments: the data directory and the model directory.
 */
public final class WriteTestForecast {

    private WriteTestForecast() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : VegaDatasets.PROJECT_DATA.toString());
        Path model = Path.of(args.length > 1 ? args[1] : "src/main/resources/" + MarketRiskCase.MODEL_PATH);
        Engine.getEngine("TensorFlow");

        Preprocessing preprocessing = Preprocessing.read(Files.readString(model.resolve(Preprocessing.FILE_NAME)));
        VolatilityDataset dataset = new VolatilityDataset(Sp500Csv.load(data));
        int[] test = dataset.origins(Sp500VolatilityTrainer.TEST, preprocessing.window());
        double[] forecast = forecast(model, dataset.inputs(test, preprocessing), test.length, preprocessing.window());

        double rmse = ForecastMetrics.round(
                ForecastMetrics.of(forecast, dataset.targets(test), preprocessing.elevatedThreshold())
                        .rmse());
        ModelCardJson.fillTestForecast(
                model.resolve("model-card.json"), rmse, Sp500VolatilityTrainer.testForecast(dataset, test, forecast));
    }

    /** Runs the shipped SavedModel on {@code count} standardised windows. */
    static double[] forecast(Path model, float[] windows, int count, int window) {
        float[] values = GraphRuns.runSavedModel(
                model, VolatilityLstm.INPUT, Shape.of(count, window, 1), windows, VolatilityLstm.OUTPUT, count);
        double[] forecast = new double[count];
        for (int i = 0; i < count; i++) {
            forecast[i] = values[i];
        }
        return forecast;
    }
}
