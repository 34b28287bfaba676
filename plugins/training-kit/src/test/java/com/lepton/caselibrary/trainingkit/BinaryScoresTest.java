package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryScoresTest {

    @Test
    void aurocIsTheShareOfPositiveNegativePairsRankedRightTiesCountingHalf() {
        boolean[] positive = {false, false, true, true};
        assertThat(BinaryScores.auroc(new double[] {0.1, 0.2, 0.8, 0.9}, positive))
                .isEqualTo(1.0);
        assertThat(BinaryScores.auroc(new double[] {0.9, 0.8, 0.2, 0.1}, positive))
                .isEqualTo(0.0);
        assertThat(BinaryScores.auroc(new double[] {0.5, 0.5, 0.5, 0.5}, positive))
                .isEqualTo(0.5);
        // Pairs: (0.3 vs 0.1) right, (0.3 vs 0.4) wrong, (0.6 vs both) right: 3 of 4.
        assertThat(BinaryScores.auroc(new double[] {0.1, 0.4, 0.3, 0.6}, positive))
                .isEqualTo(0.75);
    }

    @Test
    void aurocNeedsBothClasses() {
        assertThatThrownBy(() -> BinaryScores.auroc(new double[] {1, 2}, new boolean[] {true, true}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quantileInterpolatesBetweenSortedValues() {
        double[] values = {4, 1, 3, 2, 5};
        assertThat(BinaryScores.quantile(values, 0)).isEqualTo(1);
        assertThat(BinaryScores.quantile(values, 1)).isEqualTo(5);
        assertThat(BinaryScores.quantile(values, 0.5)).isEqualTo(3);
        assertThat(BinaryScores.quantile(values, 0.95)).isCloseTo(4.8, within(1e-12));
    }

    @Test
    void atThresholdCallsScoresAtOrAboveItPositive() {
        Evaluation evaluation = BinaryScores.atThreshold(
                new double[] {0.1, 0.5, 0.7, 0.2}, new boolean[] {false, false, true, true}, 0.5);
        assertThat(evaluation.confusionMatrix()).containsExactly(List.of(1, 1), List.of(1, 1));
        assertThat(evaluation.recall(1)).isEqualTo(0.5);
    }

    @Test
    void youdenThresholdMaximisesSensitivityPlusSpecificity() {
        boolean[] positive = {false, false, false, true, false, true, true};
        double[] scores = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7};
        // At 0.4: sensitivity 3/3, specificity 3/4 (J 0.75); at 0.6: 2/3 and 4/4 (J 0.67).
        assertThat(BinaryScores.youdenThreshold(scores, positive)).isEqualTo(0.4);
        assertThat(BinaryScores.youdenThreshold(new double[] {0.9, 0.1}, new boolean[] {true, false}))
                .isEqualTo(0.9);
        assertThatThrownBy(() -> BinaryScores.youdenThreshold(new double[] {1}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
