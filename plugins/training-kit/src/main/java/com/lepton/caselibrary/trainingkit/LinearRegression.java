package com.lepton.caselibrary.trainingkit;

/**
 * Ordinary least squares with an intercept, in plain Java: the linear-autoregression baseline.
 * Solves the normal equations {@code (X'X) w = X'y} by Gaussian elimination with partial
 * pivoting; the regressors here are a handful of temperatures, so the system is small and well
 * conditioned enough for doubles.
 *
 * @param intercept    the constant term
 * @param coefficients one weight per regressor
 */
public record LinearRegression(double intercept, double[] coefficients) {

    public LinearRegression {
        coefficients = coefficients.clone();
    }

    /** Fits {@code y ~ intercept + x . w} by least squares. */
    public static LinearRegression fit(double[][] x, double[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException(
                    "need one target per row, got " + x.length + " rows and " + y.length + " targets");
        }
        int p = x[0].length + 1;
        if (x.length < p) {
            throw new IllegalArgumentException(
                    "need at least " + p + " rows for " + (p - 1) + " regressors, got " + x.length);
        }
        double[][] a = new double[p][p + 1];
        double[] row = new double[p];
        for (int i = 0; i < x.length; i++) {
            row[0] = 1;
            System.arraycopy(x[i], 0, row, 1, p - 1);
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < p; c++) {
                    a[r][c] += row[r] * row[c];
                }
                a[r][p] += row[r] * y[i];
            }
        }
        double[] w = solve(a);
        double[] coefficients = new double[p - 1];
        System.arraycopy(w, 1, coefficients, 0, p - 1);
        return new LinearRegression(w[0], coefficients);
    }

    /** Solves an augmented {@code n x (n+1)} system in place (also used by {@link LogisticRegression}). */
    static double[] solve(double[][] a) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                throw new IllegalArgumentException("the regressors are collinear (column " + col + ")");
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
            }
        }
        double[] w = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = a[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * w[c];
            }
            w[r] = sum / a[r][r];
        }
        return w;
    }

    public double predict(double[] x) {
        double value = intercept;
        for (int k = 0; k < coefficients.length; k++) {
            value += coefficients[k] * x[k];
        }
        return value;
    }

    public double[] predict(double[][] x) {
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = predict(x[i]);
        }
        return values;
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }
}
