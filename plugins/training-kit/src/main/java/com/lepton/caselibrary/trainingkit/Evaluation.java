package com.lepton.caselibrary.trainingkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classification metrics from a confusion matrix, in plain Java so they can be checked without
 * TensorFlow. Rows are true classes, columns predicted ones.
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

    /** Of the examples predicted as class {@code c}, the share that are {@code c}. */
    public double precision(int c) {
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[c];
        }
        return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
    }

    /** Of the examples of class {@code c}, the share predicted as {@code c}. */
    public double recall(int c) {
        int actual = 0;
        for (int count : confusion[c]) {
            actual += count;
        }
        return actual == 0 ? 0 : (double) confusion[c][c] / actual;
    }

    /** Of the examples of other classes than {@code c}, the share not predicted as {@code c}. */
    public double specificity(int c) {
        int actual = 0;
        for (int count : confusion[c]) {
            actual += count;
        }
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[c];
        }
        int negatives = total - actual;
        int falsePositives = predicted - confusion[c][c];
        return negatives == 0 ? 0 : (double) (negatives - falsePositives) / negatives;
    }

    /**
     * The screening view, with every class but {@code normal} as the positive finding: of the
     * examples of other classes, the share not predicted as {@code normal} (a wrong abnormal class
     * still counts as caught).
     */
    public double screeningSensitivity(int normal) {
        return specificity(normal);
    }

    /** The screening view's specificity: of the {@code normal} examples, the share predicted as normal. */
    public double screeningSpecificity(int normal) {
        return recall(normal);
    }

    /** F1 of class {@code c}: the harmonic mean of its precision and recall. */
    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
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

    /** The confusion matrix as lists, for the model card. */
    public List<List<Integer>> confusionMatrix() {
        List<List<Integer>> rows = new ArrayList<>();
        for (int[] row : confusion) {
            rows.add(Arrays.stream(row).boxed().toList());
        }
        return rows;
    }

    /**
     * The model card's metrics: {@code accuracy}, {@code macroF1}, and per class
     * {@code precision.KEY}, {@code recall.KEY}, {@code f1.KEY}.
     */
    public Map<String, Double> metrics(List<String> classKeys) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", accuracy());
        metrics.put("macroF1", macroF1());
        for (int c = 0; c < confusion.length; c++) {
            metrics.put("precision." + classKeys.get(c), precision(c));
            metrics.put("recall." + classKeys.get(c), recall(c));
            metrics.put("f1." + classKeys.get(c), f1(c));
        }
        return metrics;
    }
}
