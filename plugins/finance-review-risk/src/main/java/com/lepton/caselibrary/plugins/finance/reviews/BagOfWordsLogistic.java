package com.lepton.caselibrary.plugins.finance.reviews;

import com.lepton.caselibrary.trainingkit.Shuffle;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The baseline: logistic regression on which vocabulary words a review contains (all of its words,
 * not only the first 120 the LSTM reads), fitted by seeded stochastic gradient descent with L2.
 * Word order is lost; what remains is which words are there.
 */
final class BagOfWordsLogistic {

    private final double[] weights;
    private double bias;

    private BagOfWordsLogistic(int features) {
        this.weights = new double[features];
    }

    /** The distinct word ids of a review (unknown and padding left out). */
    static int[] features(ReviewVocabulary vocabulary, List<String> tokens) {
        Set<Integer> ids = new TreeSet<>();
        for (int id : vocabulary.encode(tokens, tokens.size())) {
            if (id > ReviewVocabulary.UNKNOWN_ID) {
                ids.add(id);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Fits on reviews given as word-id sets, labels 1 for the {@code other} class. */
    static BagOfWordsLogistic fit(int[][] reviews, int[] labels, int features, int epochs, double l2, long seed) {
        BagOfWordsLogistic model = new BagOfWordsLogistic(features);
        int[] order = IntStream.range(0, reviews.length).toArray();
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Shuffle.shuffle(order, random);
            double rate = 0.1 / (1 + epoch);
            for (int i : order) {
                double error = model.probability(reviews[i]) - labels[i];
                for (int id : reviews[i]) {
                    model.weights[id] -= rate * (error + l2 * model.weights[id]);
                }
                model.bias -= rate * error;
            }
        }
        return model;
    }

    /** The probability of the {@code other} class. */
    double probability(int[] review) {
        double z = bias;
        for (int id : review) {
            z += weights[id];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
