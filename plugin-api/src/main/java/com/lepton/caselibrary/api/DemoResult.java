package com.lepton.caselibrary.api;

import java.util.Comparator;
import java.util.List;

/** What a model answered for one demo input, turned back from tensors by the plugin's adapter. */
public sealed interface DemoResult {

    /**
     * Class probabilities.
     *
     * @param scores  one score per class, in the model's class order
     * @param heatmap where in an image input the answer comes from (e.g. an anomaly model's error
     *                map), or {@code null}
     * @since 1.3.0 ({@code heatmap})
     */
    record Classification(List<ClassScore> scores, Heatmap heatmap) implements DemoResult {
        public Classification {
            if (scores.isEmpty()) {
                throw new IllegalArgumentException("a classification needs at least one class");
            }
            scores = List.copyOf(scores);
        }

        /** Class probabilities without a heatmap, as before plugin-api 1.3.0. */
        public Classification(List<ClassScore> scores) {
            this(scores, null);
        }

        /** The most probable class. */
        public ClassScore top() {
            return scores.stream()
                    .max(Comparator.comparingDouble(ClassScore::probability))
                    .orElseThrow();
        }

        /** The {@code k} most probable classes, most probable first. */
        public List<ClassScore> top(int k) {
            return scores.stream()
                    .sorted(Comparator.comparingDouble(ClassScore::probability).reversed())
                    .limit(k)
                    .toList();
        }
    }

    /**
     * Future values of a series.
     *
     * @param history  the observed values the forecast starts from
     * @param forecast the predicted next values
     * @param quantity what the values measure, with their unit, e.g. "annualised volatility (%)"; may be {@code null}
     * @since 1.1.0 ({@code quantity})
     */
    record Forecast(double[] history, double[] forecast, LocalizedText quantity) implements DemoResult {
        public Forecast {
            history = history.clone();
            forecast = forecast.clone();
        }

        /** A forecast whose quantity is not named. */
        public Forecast(double[] history, double[] forecast) {
            this(history, forecast, null);
        }

        @Override
        public double[] history() {
            return history.clone();
        }

        @Override
        public double[] forecast() {
            return forecast.clone();
        }
    }

    /**
     * A batch of posts summed up as a risk warning: each post's classification, the share of posts
     * in the risk class, its rolling share in the order given, and its trend (the later half's share
     * minus the earlier half's).
     *
     * @param riskClass       the class key counted
     * @param warningShare    the share at or above which the batch warns
     * @param texts           the posts as given, in order
     * @param classifications each post's classification, in the same order
     * @since 1.3.0
     */
    record RiskSignal(String riskClass, double warningShare, List<String> texts, List<Classification> classifications)
            implements DemoResult {
        public RiskSignal {
            texts = List.copyOf(texts);
            classifications = List.copyOf(classifications);
            if (classifications.isEmpty() || texts.size() != classifications.size()) {
                throw new IllegalArgumentException("a risk signal needs one classification per post, and a post");
            }
        }

        /** The number of posts. */
        public int size() {
            return classifications.size();
        }

        /** Whether post {@code i} falls in the risk class (it is its most probable class). */
        public boolean flagged(int i) {
            return classifications.get(i).top().key().equals(riskClass);
        }

        /** Posts in the risk class. */
        public int flaggedCount() {
            int count = 0;
            for (int i = 0; i < size(); i++) {
                count += flagged(i) ? 1 : 0;
            }
            return count;
        }

        /** The share of posts in the risk class. */
        public double share() {
            return (double) flaggedCount() / size();
        }

        /** The later half's share minus the earlier half's (0 for a single post): positive means worsening. */
        public double trend() {
            int n = size();
            if (n < 2) {
                return 0;
            }
            return shareOf(n / 2, n) - shareOf(0, n / 2);
        }

        /** The rolling share over the last {@link #window()} posts, one value per post from the first full window. */
        public double[] rollingShare() {
            int window = window();
            double[] rolling = new double[size() - window + 1];
            for (int end = window; end <= size(); end++) {
                rolling[end - window] = shareOf(end - window, end);
            }
            return rolling;
        }

        /** Posts per rolling window: a quarter of the batch, between 1 and 20. */
        public int window() {
            return Math.clamp(size() / 4, 1, 20);
        }

        /** Whether the batch as a whole or its later half reaches the warning share. */
        public boolean warning() {
            int n = size();
            return share() >= warningShare || (n >= 2 && shareOf(n / 2, n) >= warningShare);
        }

        private double shareOf(int from, int to) {
            int count = 0;
            for (int i = from; i < to; i++) {
                count += flagged(i) ? 1 : 0;
            }
            return (double) count / (to - from);
        }
    }

    /**
     * A series with an anomaly score for each reading; a reading whose score reaches the threshold
     * is flagged. The score's scale is the model's own (e.g. a forecast error in standard deviations).
     *
     * @param series    the readings, oldest first
     * @param scores    one score per reading
     * @param threshold the score at which a reading is flagged
     * @param quantity  what the readings measure, with their unit; may be {@code null}
     * @since 1.3.0
     */
    record Anomalies(double[] series, double[] scores, double threshold, LocalizedText quantity) implements DemoResult {
        public Anomalies {
            series = series.clone();
            scores = scores.clone();
            if (series.length == 0 || series.length != scores.length) {
                throw new IllegalArgumentException("anomalies need one score per reading, and a reading");
            }
        }

        @Override
        public double[] series() {
            return series.clone();
        }

        @Override
        public double[] scores() {
            return scores.clone();
        }

        /** Whether reading {@code i} is flagged. */
        public boolean flagged(int i) {
            return scores[i] >= threshold;
        }

        /** The number of flagged readings. */
        public int flaggedCount() {
            int count = 0;
            for (int i = 0; i < scores.length; i++) {
                count += flagged(i) ? 1 : 0;
            }
            return count;
        }
    }
}
