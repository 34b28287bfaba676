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
}
