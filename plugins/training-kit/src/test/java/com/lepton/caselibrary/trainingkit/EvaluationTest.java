package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    // truth:     0 0 0 1 1 2
    // predicted: 0 0 1 1 2 2
    private final Evaluation evaluation = Evaluation.of(new int[] {0, 0, 0, 1, 1, 2}, new int[] {0, 0, 1, 1, 2, 2}, 3);

    @Test
    void countsTheConfusionMatrixWithTrueClassesAsRows() {
        assertThat(evaluation.confusionMatrix()).containsExactly(List.of(2, 1, 0), List.of(0, 1, 1), List.of(0, 0, 1));
    }

    @Test
    void computesAccuracyPrecisionRecallAndMacroF1() {
        assertThat(evaluation.accuracy()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(evaluation.precision(1)).isCloseTo(0.5, within(1e-12));
        assertThat(evaluation.recall(0)).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(evaluation.f1(2)).isCloseTo(2 / 3.0, within(1e-12)); // p = 1/2, r = 1
        double f0 = 2 * 1.0 * (2 / 3.0) / (1.0 + 2 / 3.0);
        double f1 = 0.5;
        assertThat(evaluation.macroF1()).isCloseTo((f0 + f1 + 2 / 3.0) / 3, within(1e-12));
    }

    @Test
    void namesMetricsByClassKey() {
        assertThat(evaluation.metrics(List.of("a", "b", "c")))
                .containsKeys("accuracy", "macroF1", "precision.a", "recall.b", "f1.c")
                .hasSize(2 + 3 * 3);
    }

    @Test
    void argMaxTakesTheFirstOfEqualValues() {
        float[] values = {9, 0.1f, 0.7f, 0.7f, 0.2f};

        assertThat(Evaluation.argMax(values, 1, 4)).isEqualTo(1);
    }

    @Test
    void computesSpecificityAndTheScreeningViewAgainstANormalClass() {
        // Class 0 as "normal": three other examples, none predicted as 0; of the three 0s, two predicted as 0.
        assertThat(evaluation.specificity(0)).isEqualTo(1.0);
        // Class 1: four negatives, one (a true 0) predicted as 1.
        assertThat(evaluation.specificity(1)).isCloseTo(3 / 4.0, within(1e-12));
        assertThat(evaluation.screeningSensitivity(0)).isEqualTo(evaluation.specificity(0));
        assertThat(evaluation.screeningSpecificity(0)).isCloseTo(2 / 3.0, within(1e-12));
    }
}
