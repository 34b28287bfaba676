package com.lepton.caselibrary.plugins.healthcare;

import com.lepton.caselibrary.trainingkit.Evaluation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the CNN must beat, in plain Java: always answering the most common class, and two
 * classifiers on the {@link BeatFeatures} a rule-based beat classifier would measure (standardised
 * with the training set's mean and standard deviation): the nearest class centroid, and
 * multinomial logistic regression trained by full-batch gradient descent.
 */
public final class Baselines {

    static final int LOGISTIC_ITERATIONS = 2_000;
    static final double LOGISTIC_RATE = 0.5;
    static final double LOGISTIC_L2 = 1e-4;

    private Baselines() {}

    /** Each baseline's evaluation on {@code test}, trained on {@code train}: majority, nearestCentroid, logisticRegression. */
    public static Map<String, Evaluation> evaluate(BeatDataset train, BeatDataset test) {
        double[][] trainFeatures = features(train);
        double[][] testFeatures = features(test);
        Standardiser scale = Standardiser.fit(trainFeatures);
        double[][] x = scale.apply(trainFeatures);
        double[][] xTest = scale.apply(testFeatures);
        int[] y = labels(train);
        int[] yTest = labels(test);
        int k = BeatClass.COUNT;

        Map<String, Evaluation> results = new LinkedHashMap<>();
        int majority = majorityClass(y, k);
        int[] constant = new int[yTest.length];
        Arrays.fill(constant, majority);
        results.put("majority", Evaluation.of(yTest, constant, k));
        results.put(
                "nearestCentroid",
                Evaluation.of(yTest, NearestCentroid.fit(x, y, k).predict(xTest), k));
        results.put(
                "logisticRegression",
                Evaluation.of(yTest, LogisticRegression.fit(x, y, k).predict(xTest), k));
        return results;
    }

    static double[][] features(BeatDataset data) {
        double[][] features = new double[data.count()][];
        for (int i = 0; i < data.count(); i++) {
            features[i] = BeatFeatures.of(data.window(i));
        }
        return features;
    }

    static int[] labels(BeatDataset data) {
        int[] labels = new int[data.count()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = data.label(i);
        }
        return labels;
    }

    /** The most frequent label (the lowest on ties). */
    static int majorityClass(int[] labels, int classes) {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Per-feature mean and standard deviation of a training set. */
    record Standardiser(double[] mean, double[] std) {

        static Standardiser fit(double[][] x) {
            int f = x[0].length;
            double[] mean = new double[f];
            double[] std = new double[f];
            for (double[] row : x) {
                for (int j = 0; j < f; j++) {
                    mean[j] += row[j] / x.length;
                }
            }
            for (double[] row : x) {
                for (int j = 0; j < f; j++) {
                    std[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
                }
            }
            for (int j = 0; j < f; j++) {
                std[j] = std[j] > 0 ? Math.sqrt(std[j]) : 1;
            }
            return new Standardiser(mean, std);
        }

        double[][] apply(double[][] x) {
            double[][] out = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                out[i] = new double[x[i].length];
                for (int j = 0; j < x[i].length; j++) {
                    out[i][j] = (x[i][j] - mean[j]) / std[j];
                }
            }
            return out;
        }
    }

    /** Assigns each example to the class whose mean feature vector is nearest (Euclidean). */
    record NearestCentroid(double[][] centroids) {

        static NearestCentroid fit(double[][] x, int[] y, int classes) {
            double[][] centroids = new double[classes][x[0].length];
            int[] counts = new int[classes];
            for (int i = 0; i < x.length; i++) {
                counts[y[i]]++;
                for (int j = 0; j < x[i].length; j++) {
                    centroids[y[i]][j] += x[i][j];
                }
            }
            for (int c = 0; c < classes; c++) {
                for (int j = 0; j < centroids[c].length; j++) {
                    centroids[c][j] /= Math.max(counts[c], 1);
                }
            }
            return new NearestCentroid(centroids);
        }

        int[] predict(double[][] x) {
            int[] predicted = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                double best = Double.POSITIVE_INFINITY;
                for (int c = 0; c < centroids.length; c++) {
                    double distance = 0;
                    for (int j = 0; j < x[i].length; j++) {
                        double d = x[i][j] - centroids[c][j];
                        distance += d * d;
                    }
                    if (distance < best) {
                        best = distance;
                        predicted[i] = c;
                    }
                }
            }
            return predicted;
        }
    }

    /** Softmax regression: one weight vector and bias per class, cross-entropy with a little L2, from zero weights. */
    record LogisticRegression(double[][] weights) {

        static LogisticRegression fit(double[][] x, int[] y, int classes) {
            int f = x[0].length;
            double[][] w = new double[classes][f + 1];
            double[][] gradient = new double[classes][f + 1];
            double[] p = new double[classes];
            for (int iteration = 0; iteration < LOGISTIC_ITERATIONS; iteration++) {
                for (double[] row : gradient) {
                    Arrays.fill(row, 0);
                }
                for (int i = 0; i < x.length; i++) {
                    probabilities(w, x[i], p);
                    for (int c = 0; c < classes; c++) {
                        double error = p[c] - (y[i] == c ? 1 : 0);
                        for (int j = 0; j < f; j++) {
                            gradient[c][j] += error * x[i][j];
                        }
                        gradient[c][f] += error;
                    }
                }
                for (int c = 0; c < classes; c++) {
                    for (int j = 0; j <= f; j++) {
                        double penalty = j < f ? LOGISTIC_L2 * w[c][j] : 0;
                        w[c][j] -= LOGISTIC_RATE * (gradient[c][j] / x.length + penalty);
                    }
                }
            }
            return new LogisticRegression(w);
        }

        static void probabilities(double[][] w, double[] x, double[] into) {
            int f = x.length;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < w.length; c++) {
                double z = w[c][f];
                for (int j = 0; j < f; j++) {
                    z += w[c][j] * x[j];
                }
                into[c] = z;
                max = Math.max(max, z);
            }
            double sum = 0;
            for (int c = 0; c < w.length; c++) {
                into[c] = Math.exp(into[c] - max);
                sum += into[c];
            }
            for (int c = 0; c < w.length; c++) {
                into[c] /= sum;
            }
        }

        int[] predict(double[][] x) {
            int[] predicted = new int[x.length];
            double[] p = new double[weights.length];
            for (int i = 0; i < x.length; i++) {
                probabilities(weights, x[i], p);
                int best = 0;
                for (int c = 1; c < p.length; c++) {
                    if (p[c] > p[best]) {
                        best = c;
                    }
                }
                predicted[i] = best;
            }
            return predicted;
        }
    }
}
