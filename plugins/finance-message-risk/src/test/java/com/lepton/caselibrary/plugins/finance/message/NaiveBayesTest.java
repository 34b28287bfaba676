package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NaiveBayesTest {

    // ids: 0 pad, 1 unknown, 2 "free", 3 "win", 4 "meeting", 5 "notes"
    private static final int[][] MESSAGES = {
        {2, 3, 3, 0, 0}, // spam
        {2, 2, 1, 0, 0}, // spam
        {4, 5, 0, 0, 0}, // ham
        {4, 4, 5, 2, 0}, // ham
        {5, 0, 0, 0, 0}
    }; // ham
    private static final int[] LABELS = {1, 1, 0, 0, 0};

    private final NaiveBayes bayes = NaiveBayes.train(MESSAGES, LABELS, 6, 2);

    @Test
    void learnsWhichWordsBelongToWhichClass() {
        assertThat(bayes.predict(new int[] {3, 2, 0})).isEqualTo(1);
        assertThat(bayes.predict(new int[] {4, 5, 0})).isEqualTo(0);
    }

    @Test
    void fallsBackToThePriorForAnEmptyMessage() {
        // Three ham of five: the smoothed prior (3 + 1) / (5 + 2) beats (2 + 1) / (5 + 2).
        assertThat(bayes.predict(new int[] {0, 0, 0})).isEqualTo(0);
    }

    @Test
    void usesAddOneSmoothingAndIgnoresPadding() {
        // Spam counted 6 tokens (padding skipped): "win" twice, so ((2 + 1) / (6 + 5)) with 5 non-padding ids.
        double[] scores = bayes.scores(new int[] {3, 0});
        double spamPrior = Math.log(3.0 / 7);

        assertThat(scores[1]).isCloseTo(spamPrior + Math.log(3.0 / 11), within(1e-12));
    }
}
