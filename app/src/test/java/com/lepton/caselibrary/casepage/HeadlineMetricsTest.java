package com.lepton.caselibrary.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadlineMetricsTest {

    @Test
    void keepsOverallFiguresAndThoseABaselineIsMeasuredOn() {
        Map<String, Double> metrics =
                Map.of("accuracy", 0.97, "f1.spam", 0.956, "precision.ham", 0.98, "groupAccuracy.hard-ham-1", 0.85);
        Map<String, Double> baselines = Map.of(
                "naiveBayes.f1.spam",
                0.945,
                "naiveBayes.accuracy",
                0.967,
                "naiveBayes.recall.spam",
                0.93,
                "majorityClass",
                0.7);
        Map<String, Double> headline = HeadlineMetrics.of(metrics, baselines);
        assertThat(headline).containsOnlyKeys("accuracy", "f1.spam");
        assertThat(HeadlineMetrics.baselines(baselines, headline))
                .containsOnlyKeys("naiveBayes.f1.spam", "naiveBayes.accuracy", "majorityClass");
    }

    @Test
    void keepsEverythingWhenNoFigureIsOverall() {
        Map<String, Double> metrics = Map.of("precision.coat", 0.87);
        assertThat(HeadlineMetrics.of(metrics, Map.of())).isEqualTo(metrics);
    }
}
