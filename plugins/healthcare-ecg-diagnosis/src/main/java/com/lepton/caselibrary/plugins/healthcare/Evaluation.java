package com.lepton.caselibrary.plugins.healthcare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classification metrics from a confusion matrix, in plain Java so they can be checked without
 * TensorFlow. Rows are true classes, columns predicted ones. Besides the per-class figures it
 * gives the screening view: "abnormal" (any class but {@link BeatClass#NORMAL}) as the positive
 * class.
 */
public final class Evaluation {

    private final int[][] confusion;
    private final int total;

    private Evaluation(int[][] confusion, int total) {
        this.confusion = confusion;
        this.total = total;
    }

    /** Counts true against predicted classes. */
    public static Evaluation of(int[] trueLabels, int[] predicted, int classCount) {
        if (trueLabels.length != predicted.length) {
            throw new IllegalArgumentException("label and prediction counts differ");
        }
        int[][] confusion = new int[classCount][classCount];
        for (int i = 0; i < trueLabels.length; i++) {
            confusion[trueLabels[i]][predicted[i]]++;
        }
        return new Evaluation(confusion, trueLabels.length);
    }

    /** Index of the largest of {@code count} values starting at {@code offset} (first one on ties). */
    public static int argMax(float[] values, int offset, int count) {
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (values[offset + i] > values[offset + best]) {
                best = i;
            }
        }
        return best;
    }

    /** Share of examples predicted correctly. */
    public double accuracy() {
        int correct = 0;
        for (int c = 0; c < confusion.length; c++) {
            correct += confusion[c][c];
        }
        return total == 0 ? 0 : (double) correct / total;
    }

    private int actual(int c) {
        return Arrays.stream(confusion[c]).sum();
    }

    private int predicted(int c) {
        int sum = 0;
        for (int[] row : confusion) {
            sum += row[c];
        }
        return sum;
    }

    /** Of the examples predicted as class {@code c}, the share that are {@code c}. */
    public double precision(int c) {
        int predicted = predicted(c);
        return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
    }

    /** Sensitivity (recall) of class {@code c}: of its examples, the share predicted as {@code c}. */
    public double sensitivity(int c) {
        int actual = actual(c);
        return actual == 0 ? 0 : (double) confusion[c][c] / actual;
    }

    /** Specificity of class {@code c}: of the examples of other classes, the share not predicted as {@code c}. */
    public double specificity(int c) {
        int negatives = total - actual(c);
        int falsePositives = predicted(c) - confusion[c][c];
        return negatives == 0 ? 0 : (double) (negatives - falsePositives) / negatives;
    }

    /** F1 of class {@code c}: the harmonic mean of its precision and sensitivity. */
    public double f1(int c) {
        double p = precision(c);
        double r = sensitivity(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Unweighted mean of the per-class F1 scores, so every class counts the same. */
    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < confusion.length; c++) {
            sum += f1(c);
        }
        return sum / confusion.length;
    }

    /** Of the abnormal examples (true class other than {@code normal}), the share not predicted as normal. */
    public double abnormalSensitivity(int normal) {
        int abnormal = total - actual(normal);
        int missed = predicted(normal) - confusion[normal][normal];
        return abnormal == 0 ? 0 : (double) (abnormal - missed) / abnormal;
    }

    /** Of the normal examples, the share predicted as normal: the sensitivity of the normal class. */
    public double abnormalSpecificity(int normal) {
        return sensitivity(normal);
    }

    /** The confusion matrix as lists, for the model card. */
    public List<List<Integer>> confusionMatrix() {
        List<List<Integer>> rows = new ArrayList<>();
        for (int[] row : confusion) {
            rows.add(Arrays.stream(row).boxed().toList());
        }
        return rows;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /**
     * The model card's metrics, rounded to four decimals: {@code accuracy}, {@code macroF1},
     * {@code abnormalSensitivity}, {@code abnormalSpecificity}, and per class
     * {@code sensitivity.KEY}, {@code specificity.KEY}, {@code precision.KEY} and {@code f1.KEY}.
     */
    public Map<String, Double> metrics(List<String> classKeys) {
        int normal = classKeys.indexOf(BeatClass.NORMAL.key());
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", round(accuracy()));
        metrics.put("macroF1", round(macroF1()));
        if (normal >= 0) {
            metrics.put("abnormalSensitivity", round(abnormalSensitivity(normal)));
            metrics.put("abnormalSpecificity", round(abnormalSpecificity(normal)));
        }
        for (int c = 0; c < confusion.length; c++) {
            metrics.put("sensitivity." + classKeys.get(c), round(sensitivity(c)));
            metrics.put("specificity." + classKeys.get(c), round(specificity(c)));
            metrics.put("precision." + classKeys.get(c), round(precision(c)));
            metrics.put("f1." + classKeys.get(c), round(f1(c)));
        }
        return metrics;
    }
}
