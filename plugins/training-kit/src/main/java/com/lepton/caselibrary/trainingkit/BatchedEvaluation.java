package com.lepton.caselibrary.trainingkit;

/**
 * Scores a classifier on a whole split of {@link LabelledExamples}, predicting {@value #BATCH} at a time so that the
 * input buffer stays small however large the split.
 */
public final class BatchedEvaluation {

    /** Examples per prediction. */
    public static final int BATCH = 500;

    /** Turns {@code count} examples, one after another, into {@code count * classes} probabilities. */
    @FunctionalInterface
    public interface Predictor {
        float[] predict(float[] examples, int count);
    }

    private BatchedEvaluation() {}

    /** Predicts every example of {@code split} and compares the most probable of {@code classes} with its label. */
    public static Evaluation of(Predictor predictor, LabelledExamples split, int classes) {
        int count = split.count();
        int length = split.length();
        int[] truth = new int[count];
        int[] predicted = new int[count];
        float[] batch = new float[BATCH * length];
        for (int from = 0; from < count; from += BATCH) {
            int size = Math.min(BATCH, count - from);
            for (int i = 0; i < size; i++) {
                split.copy(from + i, batch, i * length);
            }
            float[] probabilities = predictor.predict(batch, size);
            for (int i = 0; i < size; i++) {
                truth[from + i] = split.label(from + i);
                predicted[from + i] = Evaluation.argMax(probabilities, i * classes, classes);
            }
        }
        return Evaluation.of(truth, predicted, classes);
    }
}
