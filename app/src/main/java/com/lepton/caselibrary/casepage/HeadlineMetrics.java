package com.lepton.caselibrary.casepage;

import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a model card worth a first look. Per-class or per-group ones
 * ({@code precision.coat}) crowd it, unless a baseline is measured on them ({@code naiveBayes.f1.spam}).
 */
final class HeadlineMetrics {

    private HeadlineMetrics() {}

    /** The overall metrics (names without a dot) and those a baseline is compared on; all when that leaves none. */
    static Map<String, Double> of(Map<String, Double> metrics, Map<String, Double> baselines) {
        Map<String, Double> headline = new TreeMap<>();
        metrics.forEach((name, value) -> {
            if (!name.contains(".")
                    || baselines.keySet().stream().anyMatch(baseline -> baseline.endsWith("." + name))) {
                headline.put(name, value);
            }
        });
        return headline.isEmpty() ? metrics : headline;
    }

    /** Baselines ({@code baseline.metric}) on one of the headline metrics, so they read against the model's own. */
    static Map<String, Double> baselines(Map<String, Double> baselines, Map<String, Double> headline) {
        Map<String, Double> comparable = new TreeMap<>();
        baselines.forEach((name, value) -> {
            int dot = name.indexOf('.');
            if (dot < 0 || headline.containsKey(name.substring(dot + 1))) {
                comparable.put(name, value);
            }
        });
        return comparable;
    }
}
