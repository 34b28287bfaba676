package com.lepton.caselibrary.casepage;

import java.util.Map;
import java.util.TreeMap;

/** The figures of a model card worth a first look: per-class or per-group ones ({@code precision.coat}) crowd it. */
final class HeadlineMetrics {

    private HeadlineMetrics() {
    }

    /** The overall metrics (names without a dot), or all when there are none. */
    static Map<String, Double> of(Map<String, Double> metrics) {
        Map<String, Double> overall = new TreeMap<>();
        metrics.forEach((name, value) -> {
            if (!name.contains(".")) {
                overall.put(name, value);
            }
        });
        return overall.isEmpty() ? metrics : overall;
    }

    /** Baselines ({@code baseline.metric}) on one of the headline metrics, so they read against the model's own. */
    static Map<String, Double> baselines(Map<String, Double> baselines, Map<String, Double> headline) {
        Map<String, Double> comparable = new TreeMap<>();
        baselines.forEach((name, value) -> {
            int dot = name.lastIndexOf('.');
            if (dot < 0 || headline.containsKey(name.substring(dot + 1))) {
                comparable.put(name, value);
            }
        });
        return comparable;
    }
}
