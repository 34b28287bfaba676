package com.lepton.caselibrary.trainingkit;

import java.util.function.IntUnaryOperator;

/**
 * Scores a classifier on a whole split of fixed-length float examples (images, signal windows), predicting
 * {@value #BATCH} at a time so that the input buffer stays small however large the split.
 */
public final class BatchedEvaluation {

    /** Examples per prediction. */
    public static final int BATCH = 500;

    /** Turns {@code count} examples, one after another, into {@code count * classes} probabilities. */
    @FunctionalInterface
    public interface Predictor {
        float[] predict(float[] examples, int count);
    }

    /** Copies example {@code index}'s values into {@code target} at {@code offset}. */
    @FunctionalInterface
    public interface Examples {
        void copy(int index, float[] target, int offset);
    }

    private BatchedEvaluation() {}

    /**
     * Predicts the {@code count} examples of a split, each {@code length} values long, and compares the most
     * probable of {@code classes} classes with each example's {@code label}.
     */
    public static Evaluation of(
            Predictor predictor, int count, Examples examples, IntUnaryOperator label, int length, int classes) {
        int[] truth = new int[count];
        int[] predicted = new int[count];
        float[] batch = new float[BATCH * length];
        for (int from = 0; from < count; from += BATCH) {
            int size = Math.min(BATCH, count - from);
            for (int i = 0; i < size; i++) {
                examples.copy(from + i, batch, i * length);
            }
            float[] probabilities = predictor.predict(batch, size);
            for (int i = 0; i < size; i++) {
                truth[from + i] = label.applyAsInt(from + i);
                predicted[from + i] = Evaluation.argMax(probabilities, i * classes, classes);
            }
        }
        return Evaluation.of(truth, predicted, classes);
    }
}
