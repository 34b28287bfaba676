package com.lepton.caselibrary.trainingkit;

/**
 * Logistic regression with an intercept and a small ridge penalty, fitted by Newton's method
 * (iteratively reweighted least squares) in plain Java: the honest linear baseline for a binary
 * outcome. The penalty keeps the weights finite when the classes are (nearly) separable; the
 * intercept is not penalised. Standardize the features first so one penalty suits them all.
 *
 * @param intercept    the constant term of the log-odds
 * @param coefficients one weight per feature
 */
public record LogisticRegression(double intercept, double[] coefficients) {

    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-10;

    public LogisticRegression {
        coefficients = coefficients.clone();
    }

    /** Fits {@code P(positive) = sigmoid(intercept + x . w)} minimising log-loss + {@code l2/2 * |w|^2} per example. */
    public static LogisticRegression fit(double[][] x, boolean[] positive, double l2) {
        if (x.length != positive.length || x.length == 0) {
            throw new IllegalArgumentException(
                    "need one label per row, got " + x.length + " rows and " + positive.length + " labels");
        }
        int n = x.length;
        int p = x[0].length + 1;
        double[] w = new double[p];
        double[] row = new double[p];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            // Newton step: (X'SX/n + l2 I) delta = X'(y - p)/n - l2 w, with S = diag(p (1 - p)).
            double[][] a = new double[p][p + 1];
            for (int i = 0; i < n; i++) {
                row[0] = 1;
                System.arraycopy(x[i], 0, row, 1, p - 1);
                double probability = sigmoid(dot(w, row));
                double s = Math.max(probability * (1 - probability), 1e-12);
                double residual = (positive[i] ? 1 : 0) - probability;
                for (int r = 0; r < p; r++) {
                    for (int c = 0; c < p; c++) {
                        a[r][c] += s * row[r] * row[c] / n;
                    }
                    a[r][p] += residual * row[r] / n;
                }
            }
            for (int r = 1; r < p; r++) {
                a[r][r] += l2;
                a[r][p] -= l2 * w[r];
            }
            double[] delta = LinearRegression.solve(a);
            double change = 0;
            for (int k = 0; k < p; k++) {
                w[k] += delta[k];
                change = Math.max(change, Math.abs(delta[k]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        double[] coefficients = new double[p - 1];
        System.arraycopy(w, 1, coefficients, 0, p - 1);
        return new LogisticRegression(w[0], coefficients);
    }

    /** The probability of the positive class for one row. */
    public double probability(double[] x) {
        double z = intercept;
        for (int k = 0; k < coefficients.length; k++) {
            z += coefficients[k] * x[k];
        }
        return sigmoid(z);
    }

    /** The probability of the positive class for each row. */
    public double[] probabilities(double[][] x) {
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = probability(x[i]);
        }
        return values;
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
