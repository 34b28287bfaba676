package ${package};

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The Palmer penguins measurements ({@code penguins.json} of vega-datasets 3.2.1, CC0): for each
 * penguin its four body measurements and its species. Penguins with a measurement missing are left
 * out.
 *
 * @param features row-major, {@link #FEATURES} values per penguin
 * @param labels   the species' ordinal per penguin
 */
public record PenguinTable(float[] features, int[] labels) {

    /** The file shipped in the project's {@code data/} folder, as published by vega-datasets. */
    public static final String FILE_NAME = "penguins.json";
    /** The measurements the model reads, in this order. */
    public static final List<String> COLUMNS = List.of("Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)");
    public static final int FEATURES = COLUMNS.size();

    public int count() {
        return labels.length;
    }

    public static PenguinTable load(Path directory) throws IOException {
        JsonArray rows = JsonParser.parseString(Files.readString(directory.resolve(FILE_NAME), StandardCharsets.UTF_8)).getAsJsonArray();
        List<float[]> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (JsonElement element : rows) {
            JsonObject row = element.getAsJsonObject();
            float[] values = new float[FEATURES];
            boolean complete = true;
            for (int f = 0; f < FEATURES; f++) {
                JsonElement value = row.get(COLUMNS.get(f));
                if (value == null || value.isJsonNull()) {
                    complete = false;
                    break;
                }
                values[f] = value.getAsFloat();
            }
            if (complete) {
                features.add(values);
                labels.add(Species.fromData(row.get("Species").getAsString()).ordinal());
            }
        }
        float[] flat = new float[features.size() * FEATURES];
        for (int i = 0; i < features.size(); i++) {
            System.arraycopy(features.get(i), 0, flat, i * FEATURES, FEATURES);
        }
        return new PenguinTable(flat, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The penguins at {@code rows}, in that order. */
    public PenguinTable select(int[] rows) {
        float[] selected = new float[rows.length * FEATURES];
        int[] selectedLabels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(features, rows[i] * FEATURES, selected, i * FEATURES, FEATURES);
            selectedLabels[i] = labels[rows[i]];
        }
        return new PenguinTable(selected, selectedLabels);
    }

    /** A split that keeps each species' share: {@code share} of each species goes to {@code test}, drawn with {@code seed}. */
    public Split split(double share, long seed) {
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int species = 0; species < Species.values().length; species++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == species) {
                    rows.add(i);
                }
            }
            java.util.Collections.shuffle(rows, random);
            int testCount = (int) Math.round(rows.size() * share);
            test.addAll(rows.subList(0, testCount));
            train.addAll(rows.subList(testCount, rows.size()));
        }
        return new Split(select(train.stream().mapToInt(Integer::intValue).toArray()), select(test.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Each feature's mean and standard deviation, for standardising inside the model. */
    public float[][] meanAndStd() {
        float[] mean = new float[FEATURES];
        float[] std = new float[FEATURES];
        for (int f = 0; f < FEATURES; f++) {
            double sum = 0;
            for (int i = 0; i < count(); i++) {
                sum += features[i * FEATURES + f];
            }
            double m = sum / count();
            double squares = 0;
            for (int i = 0; i < count(); i++) {
                double d = features[i * FEATURES + f] - m;
                squares += d * d;
            }
            mean[f] = (float) m;
            std[f] = (float) Math.sqrt(squares / count());
        }
        return new float[][] {mean, std};
    }

    /** A train and a test part. */
    public record Split(PenguinTable train, PenguinTable test) {
    }
}
