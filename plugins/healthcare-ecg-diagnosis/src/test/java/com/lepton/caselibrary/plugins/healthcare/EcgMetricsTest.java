package com.lepton.caselibrary.plugins.healthcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.trainingkit.Evaluation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EcgMetricsTest {

    // True:      0 0 0 0 1 1 1 2 2 3
    // Predicted: 0 0 2 3 1 1 0 2 2 3
    private final Evaluation evaluation =
            Evaluation.of(new int[] {0, 0, 0, 0, 1, 1, 1, 2, 2, 3}, new int[] {0, 0, 2, 3, 1, 1, 0, 2, 2, 3}, 4);

    @Test
    void countsAConfusionMatrix() {
        assertThat(evaluation.confusionMatrix())
                .containsExactly(List.of(2, 0, 1, 1), List.of(1, 2, 0, 0), List.of(0, 0, 2, 0), List.of(0, 0, 0, 1));
        assertThat(evaluation.accuracy()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void givesSensitivitySpecificityPrecisionAndF1PerClass() {
        assertThat(evaluation.recall(0)).isCloseTo(0.5, within(1e-12));
        // Class 0: six negatives, one of them (a true 1) predicted as 0.
        assertThat(evaluation.specificity(0)).isCloseTo(5 / 6.0, within(1e-12));
        assertThat(evaluation.precision(0)).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(evaluation.f1(0)).isCloseTo(2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5), within(1e-12));
        assertThat(evaluation.recall(3)).isEqualTo(1.0);
        assertThat(evaluation.specificity(3)).isCloseTo(8 / 9.0, within(1e-12));
        assertThat(evaluation.precision(2)).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void givesTheScreeningViewWithAbnormalAsPositive() {
        // Abnormal (true 1, 2, 3): six beats, one (a true 1) called normal. Normal: four beats, two called normal.
        assertThat(evaluation.screeningSensitivity(0)).isCloseTo(5 / 6.0, within(1e-12));
        assertThat(evaluation.screeningSpecificity(0)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void namesTheModelCardMetrics() {
        Map<String, Double> metrics = EcgMetrics.of(evaluation, BeatClass.keys());

        assertThat(metrics)
                .containsKeys(
                        "accuracy",
                        "macroF1",
                        "abnormalSensitivity",
                        "abnormalSpecificity",
                        "sensitivity.pvc",
                        "specificity.af",
                        "precision.st-elevation",
                        "f1.normal");
        assertThat(metrics.get("accuracy")).isEqualTo(0.7);
        assertThat(metrics.get("abnormalSensitivity")).isEqualTo(0.8333);
        assertThat(metrics).hasSize(4 + 4 * 4);
    }

    @Test
    void picksTheFirstLargestValue() {
        assertThat(Evaluation.argMax(new float[] {9, 0.1f, 0.7f, 0.7f, 0.2f}, 1, 4))
                .isEqualTo(1);
    }
}
