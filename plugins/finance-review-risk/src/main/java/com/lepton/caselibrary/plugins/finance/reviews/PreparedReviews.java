package com.lepton.caselibrary.plugins.finance.reviews;

import com.lepton.caselibrary.trainingkit.Shuffle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The reviews as the trainer needs them: the data's 4,000 training reviews split (seeded) into
 * 3,400 for fitting and 600 for validation, the 1,000 test reviews kept apart, a vocabulary from the
 * fitting part only, and every review tokenised and encoded once.
 */
record PreparedReviews(
        ReviewVocabulary vocabulary,
        List<List<String>> tokens,
        int[][] encoded,
        int[] labels,
        int[] fit,
        int[] validation,
        int[] test) {

    static final int VALIDATION_SIZE = 600;

    static PreparedReviews of(FineFoodReviews data, long seed) {
        List<FineFoodReviews.Review> all = new ArrayList<>(data.train());
        all.addAll(data.test());
        int[] order = Shuffle.identity(data.train().size());
        Shuffle.shuffle(order, new Random(seed));
        int[] validation = Arrays.copyOfRange(order, 0, VALIDATION_SIZE);
        int[] fit = Arrays.copyOfRange(order, VALIDATION_SIZE, order.length);
        Arrays.sort(validation);
        Arrays.sort(fit);
        int[] test = new int[data.test().size()];
        for (int i = 0; i < test.length; i++) {
            test[i] = data.train().size() + i;
        }
        List<List<String>> tokens =
                all.stream().map(r -> ReviewVocabulary.tokenize(r.text())).toList();
        List<List<String>> fitTokens = new ArrayList<>();
        for (int i : fit) {
            fitTokens.add(tokens.get(i));
        }
        ReviewVocabulary vocabulary = ReviewVocabulary.build(fitTokens, ReviewLstm.VOCABULARY_SIZE);
        int[][] encoded = new int[all.size()][];
        int[] labels = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            encoded[i] = vocabulary.encode(tokens.get(i), ReviewLstm.MAX_TOKENS);
            labels[i] = all.get(i).label().ordinal();
        }
        return new PreparedReviews(vocabulary, tokens, encoded, labels, fit, validation, test);
    }

    int[] labelsOf(int[] indices) {
        return Arrays.stream(indices).map(i -> labels[i]).toArray();
    }

    /** The encoded reviews of {@code indices}, one after another. */
    int[] tokensOf(int[] indices) {
        int t = ReviewLstm.MAX_TOKENS;
        int[] out = new int[indices.length * t];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(encoded[indices[i]], 0, out, i * t, t);
        }
        return out;
    }
}
