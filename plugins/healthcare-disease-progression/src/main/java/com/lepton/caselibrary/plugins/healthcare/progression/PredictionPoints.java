package com.lepton.caselibrary.plugins.healthcare.progression;

import com.lepton.caselibrary.trainingkit.Evaluation;
import java.util.List;

/** Prediction points (a patient's visits so far and the outcome) as tensors, labels and scored outcomes. */
final class PredictionPoints {

    private PredictionPoints() {}

    /** A batch of prediction points as the network's input. */
    static float[] tensors(List<PbcPatients.Example> examples) {
        int size = VisitSeries.MAX_VISITS * VisitColumn.COUNT;
        float[] values = new float[examples.size() * size];
        for (int i = 0; i < examples.size(); i++) {
            System.arraycopy(examples.get(i).tensor(), 0, values, i * size, size);
        }
        return values;
    }

    static int[] labels(List<PbcPatients.Example> examples) {
        return examples.stream()
                .mapToInt(e -> e.death() ? Outcome.DEATH.ordinal() : Outcome.ALIVE.ordinal())
                .toArray();
    }

    static boolean[] truth(List<PbcPatients.Example> examples) {
        boolean[] died = new boolean[examples.size()];
        for (int i = 0; i < died.length; i++) {
            died[i] = examples.get(i).death();
        }
        return died;
    }

    static int deaths(List<PbcPatients.Example> examples) {
        int count = 0;
        for (PbcPatients.Example e : examples) {
            count += e.death() ? 1 : 0;
        }
        return count;
    }

    /** Runs a batch and returns the probabilities, {@code count * 2} values. */
    @FunctionalInterface
    interface Predictor {
        float[] predict(float[] batch, int count);
    }

    /** P(death within 3 years) for each prediction point. */
    static double[] death(Predictor model, List<PbcPatients.Example> examples) {
        float[] p = model.predict(tensors(examples), examples.size());
        double[] death = new double[examples.size()];
        for (int i = 0; i < death.length; i++) {
            death[i] = p[i * 2 + Outcome.DEATH.ordinal()];
        }
        return death;
    }

    /** The confusion at the operating point, in {@link Outcome} order. */
    static Evaluation evaluate(double[] death, boolean[] died, double operatingPoint) {
        int[] truth = new int[death.length];
        int[] predicted = new int[death.length];
        for (int i = 0; i < death.length; i++) {
            truth[i] = died[i] ? Outcome.DEATH.ordinal() : Outcome.ALIVE.ordinal();
            predicted[i] = death[i] >= operatingPoint ? Outcome.DEATH.ordinal() : Outcome.ALIVE.ordinal();
        }
        return Evaluation.of(truth, predicted, Outcome.values().length);
    }

    static double[][] lastVisits(List<PbcPatients.Example> examples, ProgressionLstm.Scaling scaling) {
        return examples.stream().map(e -> scaling.scale(e.lastVisit())).toArray(double[][]::new);
    }
}
