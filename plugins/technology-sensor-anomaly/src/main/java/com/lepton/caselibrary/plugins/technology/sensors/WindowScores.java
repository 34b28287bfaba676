package com.lepton.caselibrary.plugins.technology.sensors;

import java.util.Arrays;

/** Scoring whole series window by window, the rolling z-score baseline, and the metrics both are judged by. */
final class WindowScores {

    /** Readings in the baseline's rolling window: 5 minutes. */
    static final int Z_WINDOW = 60;

    private WindowScores() {}

    /** Something that scores {@code count} windows of {@link SensorRnn#WINDOW} readings. */
    @FunctionalInterface
    interface Scorer {
        float[] scores(float[] windows, int count);
    }

    /**
     * A score for every reading of {@code series}: windows overlap by {@link SensorRnn#WARM_UP} readings so
     * each reading after the first warm-up is scored once after its window warmed up; the first readings score 0.
     */
    static double[] score(Scorer scorer, double[] series) {
        int w = SensorRnn.WINDOW;
        double[] scores = new double[series.length];
        if (series.length < w) {
            return scores;
        }
        for (int start = 0; ; start += w - SensorRnn.WARM_UP) {
            int from = Math.min(start, series.length - w);
            float[] window = new float[w];
            for (int i = 0; i < w; i++) {
                window[i] = (float) series[from + i];
            }
            float[] s = scorer.scores(window, 1);
            for (int i = SensorRnn.WARM_UP; i < w; i++) {
                scores[from + i] = s[i];
            }
            if (from + w >= series.length) {
                return scores;
            }
        }
    }

    /** |x_t - mean| / sd over the previous {@link #Z_WINDOW} readings (sd at least 0.01); 0 for the first readings. */
    static double[] rollingZ(double[] series) {
        double[] z = new double[series.length];
        for (int t = Z_WINDOW; t < series.length; t++) {
            double mean = 0;
            for (int i = t - Z_WINDOW; i < t; i++) {
                mean += series[i];
            }
            mean /= Z_WINDOW;
            double var = 0;
            for (int i = t - Z_WINDOW; i < t; i++) {
                var += (series[i] - mean) * (series[i] - mean);
            }
            z[t] = Math.abs(series[t] - mean) / Math.max(Math.sqrt(var / Z_WINDOW), 0.01);
        }
        return z;
    }

    /** The {@code q} quantile (0..1) of the values from index {@code from} on. */
    static double quantile(double[] values, int from, double q) {
        double[] sorted = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    /** Area under the ROC curve of {@code scores} for {@code labels} (1 = anomaly), ties counted half. */
    static double auroc(double[] scores, int[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSum = 0;
        long positives = 0;
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j + 1) / 2.0; // average 1-based rank of the tie group
            for (int k = i; k < j; k++) {
                if (labels[order[k]] == 1) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    /** Confusion counts {@code [tn, fp, fn, tp]} of flags ({@code score >= threshold}) against labels. */
    static long[] confusion(double[] scores, int[] labels, double threshold) {
        long[] c = new long[4];
        for (int i = 0; i < scores.length; i++) {
            int flagged = scores[i] >= threshold ? 1 : 0;
            c[labels[i] * 2 + flagged]++;
        }
        return c;
    }
}
