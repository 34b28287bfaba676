package com.lepton.caselibrary.plugins.finance;

import ai.djl.engine.Engine;
import com.google.gson.JsonParser;
import com.lepton.caselibrary.api.ModelCard.TestForecast;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

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

    private WriteTestForecast() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : Sp500VolatilityTrainer.PROJECT_DATA.toString());
        Path model = Path.of(args.length > 1 ? args[1] : "src/main/resources/" + MarketRiskCase.MODEL_PATH);
        Engine.getEngine("TensorFlow");

        Preprocessing preprocessing = Preprocessing.read(Files.readString(model.resolve(Preprocessing.FILE_NAME)));
        VolatilityDataset dataset = new VolatilityDataset(Sp500Csv.load(data));
        int[] test = dataset.origins(Sp500VolatilityTrainer.TEST, preprocessing.window());
        double[] forecast = forecast(model, dataset.inputs(test, preprocessing), test.length, preprocessing.window());

        double rmse = ForecastMetrics.round(ForecastMetrics.of(forecast, dataset.targets(test), preprocessing.elevatedThreshold()).rmse());
        Path cardFile = model.resolve("model-card.json");
        String card = Files.readString(cardFile, StandardCharsets.UTF_8);
        double shipped = JsonParser.parseString(card).getAsJsonObject().getAsJsonObject("metrics").get("rmse").getAsDouble();
        System.out.printf(Locale.ROOT, "%d test forecasts %s; recomputed RMSE %.4f, card %.4f%n", test.length, dataset.span(test), rmse, shipped);
        if (Math.abs(rmse - shipped) > 5e-4) {
            throw new IllegalStateException("the shipped model does not reproduce the card's RMSE; not writing");
        }
        TestForecast section = Sp500VolatilityTrainer.testForecast(dataset, test, forecast);
        Files.writeString(cardFile, ModelCardJson.withTestForecast(card, section), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "wrote %d points (every %d) into %s%n", section.dates().size(), section.step(), cardFile);
    }

    /** Runs the SavedModel's serving signature on {@code count} standardised windows. */
    static double[] forecast(Path model, float[] windows, int count, int window) {
        float[] values = new float[count];
        try (SavedModelBundle bundle = SavedModelBundle.load(model.toString(), "serve");
             TFloat32 input = TFloat32.tensorOf(Shape.of(count, window, 1), DataBuffers.of(windows, true, false));
             Result result = bundle.session().runner().feed(VolatilityLstm.INPUT, input).fetch(VolatilityLstm.OUTPUT).run()) {
            ((TFloat32) result.get(0)).copyTo(DataBuffers.of(values, false, false));
        }
        double[] forecast = new double[count];
        for (int i = 0; i < count; i++) {
            forecast[i] = values[i];
        }
        return forecast;
    }
}
