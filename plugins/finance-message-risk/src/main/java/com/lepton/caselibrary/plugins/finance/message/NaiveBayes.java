package com.lepton.caselibrary.plugins.finance.message;

/**
 * Multinomial Naive Bayes over token ids with add-one smoothing: the classic spam filter
 * (Sahami et al. 1998, Graham 2002), the baseline the neural network must beat. Plain Java.
 * Padding ({@link Vocabulary#PAD_ID}) is not a token and is skipped; unknown tokens count as one
 * shared token, as they do for the network.
 */
public final class NaiveBayes {

    private final double[] logPrior;
    private final double[][] logLikelihood;

    private NaiveBayes(double[] logPrior, double[][] logLikelihood) {
        this.logPrior = logPrior;
        this.logLikelihood = logLikelihood;
    }

    /**
     * Counts token ids per class.
     *
     * @param messages   encoded messages (token ids, padded with 0)
     * @param labels     class index per message
     * @param vocabulary number of ids
     * @param classes    number of classes
     */
    public static NaiveBayes train(int[][] messages, int[] labels, int vocabulary, int classes) {
        double[][] counts = new double[classes][vocabulary];
        double[] totals = new double[classes];
        int[] messagesPerClass = new int[classes];
        for (int m = 0; m < messages.length; m++) {
            int label = labels[m];
            messagesPerClass[label]++;
            for (int id : messages[m]) {
                if (id != Vocabulary.PAD_ID) {
                    counts[label][id]++;
                    totals[label]++;
                }
            }
        }
        double[] logPrior = new double[classes];
        double[][] logLikelihood = new double[classes][vocabulary];
        // Padding is never counted, so it takes no share of the smoothing mass.
        int tokenIds = vocabulary - 1;
        for (int c = 0; c < classes; c++) {
            logPrior[c] = Math.log((messagesPerClass[c] + 1.0) / (messages.length + classes));
            double denominator = totals[c] + tokenIds;
            for (int id = 0; id < vocabulary; id++) {
                logLikelihood[c][id] = Math.log((counts[c][id] + 1.0) / denominator);
            }
        }
        return new NaiveBayes(logPrior, logLikelihood);
    }

    /** Log-probability, up to a shared constant, of each class for a message. */
    public double[] scores(int[] message) {
        double[] scores = logPrior.clone();
        for (int id : message) {
            if (id != Vocabulary.PAD_ID) {
                for (int c = 0; c < scores.length; c++) {
                    scores[c] += logLikelihood[c][id];
                }
            }
        }
        return scores;
    }

    /** The most likely class of a message (the first on ties). */
    public int predict(int[] message) {
        double[] scores = scores(message);
        int best = 0;
        for (int c = 1; c < scores.length; c++) {
            best = scores[c] > scores[best] ? c : best;
        }
        return best;
    }
}
