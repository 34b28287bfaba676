package com.lepton.caselibrary.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.lepton.caselibrary.api.ModelCard;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * A plugin's committed SavedModel and model card, read from its class path without TensorFlow: the
 * checks every plugin's {@code ShippedModelTest} made on its own copy. The figures a case promises
 * (size limits, metrics, thresholds) stay in the plugin's test.
 */
public final class ShippedModelFiles {

    /** The files of a SavedModel that hold the graph and the weights. */
    public static final List<String> SAVED_MODEL_FILES =
            List.of("saved_model.pb", "variables/variables.index", "variables/variables.data-00000-of-00001");

    private ShippedModelFiles() {}

    /** The size in bytes of the SavedModel under {@code modelPath}; fails when one of its files is missing. */
    public static long savedModelBytes(Class<?> caseClass, String modelPath) throws IOException {
        long size = 0;
        for (String file : SAVED_MODEL_FILES) {
            size += CaseResources.bytes(caseClass, modelPath + "/" + file).length;
        }
        return size;
    }

    /** The model card {@code <modelPath>/model-card.json}, parsed; fails when it is missing. */
    public static JsonObject card(Class<?> caseClass, String modelPath) throws IOException {
        return JsonParser.parseString(CaseResources.text(caseClass, modelPath + "/model-card.json"))
                .getAsJsonObject();
    }

    /**
     * The fields a model card has: every {@link ModelCard} component, but {@code testForecast} only
     * for a forecasting model (a classifier's card leaves it out).
     */
    public static List<String> cardFields(boolean forecasting) {
        return Arrays.stream(ModelCard.class.getRecordComponents())
                .map(RecordComponent::getName)
                .filter(name -> forecasting || !name.equals("testForecast"))
                .toList();
    }

    /**
     * The card's training curve has one value per epoch, and its value at the exported epoch is the
     * card's {@code validationMetric}, within {@code tolerance}.
     */
    public static void assertExportedEpochIsOnTheCurve(JsonObject card, String validationMetric, double tolerance) {
        JsonArray curve = card.getAsJsonArray("trainingCurve");
        assertEquals(card.get("epochs").getAsInt(), curve.size(), "one training-curve value per epoch");
        JsonObject metrics = card.getAsJsonObject("metrics");
        int exportedEpoch = metrics.get("exportedEpoch").getAsInt();
        assertEquals(
                metrics.get(validationMetric).getAsDouble(),
                curve.get(exportedEpoch - 1).getAsDouble(),
                tolerance,
                "training curve at the exported epoch is " + validationMetric);
    }

    /**
     * The sums of the rows of a {@code classes} by {@code classes} confusion matrix (one per true
     * class); fails when the matrix has another shape.
     */
    public static int[] confusionRowSums(JsonArray matrix, int classes) {
        assertEquals(classes, matrix.size(), "confusion matrix rows");
        int[] sums = new int[classes];
        for (int r = 0; r < classes; r++) {
            JsonArray row = matrix.get(r).getAsJsonArray();
            assertEquals(classes, row.size(), "confusion matrix row " + r);
            for (JsonElement cell : row) {
                sums[r] += cell.getAsInt();
            }
        }
        return sums;
    }

    /** The card's baselines have every {@code <baseline>.<metric>} figure. */
    public static void assertBaselineFigures(JsonObject baselines, List<String> names, List<String> metrics) {
        for (String baseline : names) {
            for (String metric : metrics) {
                assertTrue(baselines.has(baseline + "." + metric), baseline + "." + metric);
            }
        }
    }

    /**
     * A forecaster's test-period plot: its dates, and the {@code actual}, {@code model} and
     * {@code persistence} series with one value per date, each between {@code low} and {@code high};
     * returns the number of dates.
     */
    public static int assertForecastPlotSeries(JsonObject forecast, double low, double high) {
        int points = forecast.getAsJsonArray("dates").size();
        for (String series : List.of("actual", "model", "persistence")) {
            JsonArray values = forecast.getAsJsonArray(series);
            assertEquals(points, values.size(), series);
            values.forEach(v -> {
                double value = v.getAsDouble();
                assertTrue(value >= low && value <= high, series + ": " + value + " outside " + low + " to " + high);
            });
        }
        return points;
    }
}
