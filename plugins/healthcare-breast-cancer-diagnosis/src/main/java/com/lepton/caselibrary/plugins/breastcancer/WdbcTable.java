package com.lepton.caselibrary.plugins.breastcancer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The Wisconsin Diagnostic Breast Cancer rows: 30 measurements and the diagnosis (0 malignant,
 * 1 benign), as scikit-learn ships them in {@code breast_cancer.csv} (a first line
 * {@code 569,30,malignant,benign}, then one case per line).
 *
 * @param features one row of {@value Feature#COUNT} values per case
 * @param labels   {@link Diagnosis} ordinals
 */
record WdbcTable(List<float[]> features, int[] labels) {

    static final String FILE = "breast_cancer.csv";

    WdbcTable {
        features = List.copyOf(features);
        if (features.size() != labels.length) {
            throw new IllegalArgumentException(features.size() + " rows for " + labels.length + " labels");
        }
    }

    /**
     * Reads the scikit-learn file (or a held-out sample in the same layout: a header line, then 30
     * values and the class per line). The file holds plain numbers only (no quoting), so a split on
     * commas reads it; a CSV library would have to be shaded into the plugin for this one loop.
     */
    static WdbcTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<float[]> features = new ArrayList<>();
        int[] labels = new int[lines.size() - 1];
        for (int n = 1; n < lines.size(); n++) {
            String[] fields = lines.get(n).strip().split(",");
            if (fields.length != Feature.COUNT + 1) {
                throw new IOException("line " + (n + 1) + " has " + fields.length + " fields, not 31");
            }
            float[] row = new float[Feature.COUNT];
            try {
                for (int i = 0; i < Feature.COUNT; i++) {
                    row[i] = Float.parseFloat(fields[i]);
                }
                labels[n - 1] = Integer.parseInt(fields[Feature.COUNT]);
            } catch (NumberFormatException e) {
                throw new IOException("line " + (n + 1) + ": " + e.getMessage(), e);
            }
            if (labels[n - 1] < 0 || labels[n - 1] > 1) {
                throw new IOException("line " + (n + 1) + ": class " + labels[n - 1]);
            }
            features.add(row);
        }
        return new WdbcTable(features, labels);
    }

    int count() {
        return labels.length;
    }

    WdbcTable select(int[] indices) {
        return new WdbcTable(
                Arrays.stream(indices).mapToObj(features::get).toList(),
                Arrays.stream(indices).map(i -> labels[i]).toArray());
    }

    /** Rows {@code indices} flattened, for a batch. */
    float[] rows(int[] indices) {
        float[] rows = new float[indices.length * Feature.COUNT];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(features.get(indices[i]), 0, rows, i * Feature.COUNT, Feature.COUNT);
        }
        return rows;
    }

    float[] allRows() {
        return rows(IntStream.range(0, count()).toArray());
    }

    /** Per-feature mean and standard deviation, the model's scaling. */
    float[][] meanAndStd() {
        float[] mean = new float[Feature.COUNT];
        float[] std = new float[Feature.COUNT];
        for (float[] row : features) {
            for (int i = 0; i < Feature.COUNT; i++) {
                mean[i] += row[i] / count();
            }
        }
        for (float[] row : features) {
            for (int i = 0; i < Feature.COUNT; i++) {
                std[i] += (row[i] - mean[i]) * (row[i] - mean[i]) / count();
            }
        }
        for (int i = 0; i < Feature.COUNT; i++) {
            std[i] = (float) Math.max(Math.sqrt(std[i]), 1e-6);
        }
        return new float[][] {mean, std};
    }

    /**
     * A stratified split: within each class, a seeded shuffle, then {@code testShare} to test,
     * {@code validationShare} to validation, the rest to training.
     *
     * @return {train, validation, test} as row indices
     */
    int[][] stratifiedSplit(double validationShare, double testShare, long seed) {
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        Random random = new Random(seed);
        for (int label = 0; label <= 1; label++) {
            final int wanted = label;
            List<Integer> members = new ArrayList<>(IntStream.range(0, count())
                    .filter(i -> labels[i] == wanted)
                    .boxed()
                    .toList());
            Collections.shuffle(members, random);
            int testCount = (int) Math.round(members.size() * testShare);
            int validationCount = (int) Math.round(members.size() * validationShare);
            test.addAll(members.subList(0, testCount));
            validation.addAll(members.subList(testCount, testCount + validationCount));
            train.addAll(members.subList(testCount + validationCount, members.size()));
        }
        return new int[][] {toSortedArray(train), toSortedArray(validation), toSortedArray(test)};
    }

    private static int[] toSortedArray(List<Integer> indices) {
        return indices.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
