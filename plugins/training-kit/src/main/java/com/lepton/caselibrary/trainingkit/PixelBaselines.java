package com.lepton.caselibrary.trainingkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Simple models the CNN is compared with on the same test set, in plain Java: they show how much
 * of the accuracy comes from the convolutional network rather than from an easy data set.
 */
public final class PixelBaselines {

    private static final int PIXELS = SeedCnn.PIXELS;
    private static final int CLASSES = SeedCnn.CLASSES;

    private PixelBaselines() {}

    /** Test accuracy of each baseline, by name. */
    public static Map<String, Double> evaluate(ImageExamples train, ImageExamples test, long seed) {
        Map<String, Double> baselines = new LinkedHashMap<>();
        baselines.put("majorityClass", majorityClass(train, test));
        baselines.put("nearestCentroid", nearestCentroid(train, test));
        baselines.put("logisticRegression", logisticRegression(train, test, seed));
        return baselines;
    }

    /** Always answers the most frequent training class (about 0.10 on balanced data). */
    static double majorityClass(ImageExamples train, ImageExamples test) {
        int[] counts = new int[CLASSES];
        for (int i = 0; i < train.count(); i++) {
            counts[train.label(i)]++;
        }
        int majority = 0;
        for (int c = 1; c < CLASSES; c++) {
            majority = counts[c] > counts[majority] ? c : majority;
        }
        int hits = 0;
        for (int i = 0; i < test.count(); i++) {
            hits += test.label(i) == majority ? 1 : 0;
        }
        return (double) hits / test.count();
    }

    /** Answers the class whose mean training image is closest (Euclidean) to the picture. */
    static double nearestCentroid(ImageExamples train, ImageExamples test) {
        double[][] centroids = new double[CLASSES][PIXELS];
        int[] counts = new int[CLASSES];
        float[] pixels = new float[PIXELS];
        for (int i = 0; i < train.count(); i++) {
            train.copyPixels(i, pixels, 0);
            int label = train.label(i);
            counts[label]++;
            for (int p = 0; p < PIXELS; p++) {
                centroids[label][p] += pixels[p];
            }
        }
        for (int c = 0; c < CLASSES; c++) {
            for (int p = 0; p < PIXELS; p++) {
                centroids[c][p] /= Math.max(1, counts[c]);
            }
        }
        int hits = 0;
        for (int i = 0; i < test.count(); i++) {
            test.copyPixels(i, pixels, 0);
            int best = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int c = 0; c < CLASSES; c++) {
                double distance = 0;
                for (int p = 0; p < PIXELS; p++) {
                    double d = pixels[p] - centroids[c][p];
                    distance += d * d;
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = c;
                }
            }
            hits += best == test.label(i) ? 1 : 0;
        }
        return (double) hits / test.count();
    }

    /** Multinomial logistic regression on raw pixels, 5 epochs of plain SGD, seeded shuffling. */
    static double logisticRegression(ImageExamples train, ImageExamples test, long seed) {
        double[][] weights = new double[CLASSES][PIXELS];
        double[] bias = new double[CLASSES];
        double learningRate = 0.01;
        float[] pixels = new float[PIXELS];
        double[] logits = new double[CLASSES];
        int[] order = Shuffle.identity(train.count());
        Random random = new Random(seed);
        for (int epoch = 0; epoch < 5; epoch++) {
            Shuffle.shuffle(order, random);
            for (int index : order) {
                train.copyPixels(index, pixels, 0);
                softmax(weights, bias, pixels, logits);
                int label = train.label(index);
                for (int c = 0; c < CLASSES; c++) {
                    // Gradient of the cross-entropy for one example: (p - onehot) * x.
                    double g = learningRate * (logits[c] - (c == label ? 1 : 0));
                    double[] w = weights[c];
                    for (int p = 0; p < PIXELS; p++) {
                        w[p] -= g * pixels[p];
                    }
                    bias[c] -= g;
                }
            }
        }
        int hits = 0;
        for (int i = 0; i < test.count(); i++) {
            test.copyPixels(i, pixels, 0);
            softmax(weights, bias, pixels, logits);
            int best = 0;
            for (int c = 1; c < CLASSES; c++) {
                best = logits[c] > logits[best] ? c : best;
            }
            hits += best == test.label(i) ? 1 : 0;
        }
        return (double) hits / test.count();
    }

    private static void softmax(double[][] weights, double[] bias, float[] pixels, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CLASSES; c++) {
            double z = bias[c];
            double[] w = weights[c];
            for (int p = 0; p < PIXELS; p++) {
                z += w[p] * pixels[p];
            }
            out[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < CLASSES; c++) {
            out[c] /= sum;
        }
    }
}
