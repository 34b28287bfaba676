package com.lepton.caselibrary.api;

import java.util.Comparator;
import java.util.List;

/** What a model answered for one demo input, turned back from tensors by the plugin's adapter. */
public sealed interface DemoResult {

    /**
     * Class probabilities.
     *
     * @param scores one score per class, in the model's class order
     */
    record Classification(List<ClassScore> scores) implements DemoResult {
        public Classification {
            if (scores.isEmpty()) {
                throw new IllegalArgumentException("a classification needs at least one class");
            }
            scores = List.copyOf(scores);
        }

        /** The most probable class. */
        public ClassScore top() {
            return scores.stream().max(Comparator.comparingDouble(ClassScore::probability)).orElseThrow();
        }

        /** The {@code k} most probable classes, most probable first. */
        public List<ClassScore> top(int k) {
            return scores.stream().sorted(Comparator.comparingDouble(ClassScore::probability).reversed()).limit(k).toList();
        }
    }

    /**
     * Future values of a series.
     *
     * @param history  the observed values the forecast starts from
     * @param forecast the predicted next values
     */
    record Forecast(double[] history, double[] forecast) implements DemoResult {
        public Forecast {
            history = history.clone();
            forecast = forecast.clone();
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
