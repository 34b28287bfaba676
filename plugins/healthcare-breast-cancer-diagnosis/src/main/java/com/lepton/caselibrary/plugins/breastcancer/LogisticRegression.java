package com.lepton.caselibrary.plugins.breastcancer;

/**
 * The baseline: logistic regression on the same standardized features, fitted by full-batch
 * gradient descent with a small L2 penalty (the data are nearly separable, so without it the
 * weights would grow without bound). Returns the probability of malignancy.
 */
final class LogisticRegression {

    private static final int ITERATIONS = 3_000;
    private static final double LEARNING_RATE = 0.1;
    private static final double L2 = 1e-3;

    private final double[] weights = new double[Feature.COUNT];
    private final float[] mean;
    private final float[] std;
    private double bias;

    private LogisticRegression(float[] mean, float[] std) {
        this.mean = mean;
        this.std = std;
    }

    static LogisticRegression fit(WdbcTable train, float[] mean, float[] std) {
        LogisticRegression model = new LogisticRegression(mean, std);
        int n = train.count();
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[Feature.COUNT];
            double biasGradient = 0;
            for (int r = 0; r < n; r++) {
                double[] x = model.scaled(train.features().get(r));
                double error = model.probability(x) - (train.labels()[r] == Diagnosis.MALIGNANT.ordinal() ? 1 : 0);
                for (int i = 0; i < Feature.COUNT; i++) {
                    gradient[i] += error * x[i] / n;
                }
                biasGradient += error / n;
            }
            for (int i = 0; i < Feature.COUNT; i++) {
                model.weights[i] -= LEARNING_RATE * (gradient[i] + L2 * model.weights[i]);
            }
            model.bias -= LEARNING_RATE * biasGradient;
        }
        return model;
    }

    /** The probability of malignancy for one row of raw measurements. */
    double malignancy(float[] row) {
        return probability(scaled(row));
    }

    private double[] scaled(float[] row) {
        double[] x = new double[Feature.COUNT];
        for (int i = 0; i < Feature.COUNT; i++) {
            x[i] = (row[i] - mean[i]) / std[i];
        }
        return x;
    }

    private double probability(double[] x) {
        double z = bias;
        for (int i = 0; i < Feature.COUNT; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
