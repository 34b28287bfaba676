package com.lepton.caselibrary.trainingkit;

import java.util.Arrays;

/**
 * Metrics of a score that should be higher for positives (an anomaly score, a malignancy
 * probability): the area under the ROC curve, and the counts at one operating point.
 */
public final class BinaryScores {

    private BinaryScores() {}

    /**
     * AUROC by the Mann-Whitney statistic: the chance that a random positive scores above a random
     * negative, ties counting half. Needs at least one positive and one negative.
     */
    public static double auroc(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores for " + positive.length + " labels");
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("AUROC needs positives and negatives");
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** The {@code q}-quantile (0..1) of {@code values}, linearly interpolated. */
    public static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(sorted.length - 1, lower + 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    /**
     * The confusion at one threshold: a score at or above it is called positive.
     *
     * @return an {@link Evaluation} with class 0 = negative, class 1 = positive
     */
    public static Evaluation atThreshold(double[] scores, boolean[] positive, double threshold) {
        int[] truth = new int[scores.length];
        int[] predicted = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            truth[i] = positive[i] ? 1 : 0;
            predicted[i] = scores[i] >= threshold ? 1 : 0;
        }
        return Evaluation.of(truth, predicted, 2);
    }

    /**
     * The operating point that maximises Youden's J (sensitivity + specificity - 1) on these scores:
     * one of the scores, so that "at or above" calls it positive; among equals, the higher threshold.
     * Choose it on validation data, then report the test split at it.
     */
    public static double youdenThreshold(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores for " + positive.length + " labels");
        }
        long positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("an operating point needs positives and negatives");
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double best = Double.NEGATIVE_INFINITY;
        double threshold = scores[order[0]];
        long truePositives = 0;
        long falsePositives = 0;
        for (int i = 0; i < order.length; i++) {
            truePositives += positive[order[i]] ? 1 : 0;
            falsePositives += positive[order[i]] ? 0 : 1;
            if (i + 1 < order.length && scores[order[i + 1]] == scores[order[i]]) {
                continue;
            }
            double j = (double) truePositives / positives - (double) falsePositives / negatives;
            if (j > best) {
                best = j;
                threshold = scores[order[i]];
            }
        }
        return threshold;
    }
}
