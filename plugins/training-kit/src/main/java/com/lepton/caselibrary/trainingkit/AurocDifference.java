package com.lepton.caselibrary.trainingkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A bootstrap interval for the AUROC of a model minus that of its baseline on the same test points.
 * Points of one group (a patient, a sensor) are correlated, so whole groups are resampled with
 * replacement, each bringing all its points.
 */
public final class AurocDifference {

    private AurocDifference() {}

    /**
     * The 2.5th and 97.5th percentiles of (model AUROC - baseline AUROC) over {@code rounds} resamples
     * of the groups; a resample with one class only has no AUROC and is skipped.
     *
     * @param group the group of each point; groups are drawn in the order they first appear
     */
    public static double[] interval95(
            double[] model, double[] baseline, boolean[] truth, int[] group, int rounds, long seed) {
        Map<Integer, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < group.length; i++) {
            byGroup.computeIfAbsent(group[i], id -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = List.copyOf(byGroup.values());
        Random random = new Random(seed);
        List<Double> differences = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<Integer> points = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                points.addAll(groups.get(random.nextInt(groups.size())));
            }
            double[] a = new double[points.size()];
            double[] b = new double[points.size()];
            boolean[] y = new boolean[points.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = model[points.get(i)];
                b[i] = baseline[points.get(i)];
                y[i] = truth[points.get(i)];
            }
            try {
                differences.add(BinaryScores.auroc(a, y) - BinaryScores.auroc(b, y));
            } catch (IllegalArgumentException oneClassOnly) {
                // No AUROC without both classes; the resample is skipped.
            }
        }
        double[] values = differences.stream().mapToDouble(Double::doubleValue).toArray();
        return new double[] {BinaryScores.quantile(values, 0.025), BinaryScores.quantile(values, 0.975)};
    }
}
