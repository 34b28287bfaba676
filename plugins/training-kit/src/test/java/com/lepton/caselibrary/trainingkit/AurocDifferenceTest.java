package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AurocDifferenceTest {

    @Test
    void aPerfectModelAgainstAReversedBaselineGivesADifferenceOfOne() {
        double[] model = {0.9, 0.8, 0.2, 0.1, 0.7, 0.3};
        double[] baseline = {0.1, 0.2, 0.8, 0.9, 0.3, 0.7};
        boolean[] truth = {true, true, false, false, true, false};
        int[] group = {1, 1, 2, 2, 3, 3};

        double[] interval = AurocDifference.interval95(model, baseline, truth, group, 200, 7);

        assertThat(interval).containsExactly(1.0, 1.0);
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        double[] model = {0.9, 0.4, 0.6, 0.1, 0.7, 0.3, 0.5, 0.2};
        double[] baseline = {0.6, 0.5, 0.4, 0.3, 0.8, 0.2, 0.1, 0.7};
        boolean[] truth = {true, false, true, false, true, false, true, false};
        int[] group = {1, 1, 2, 2, 3, 3, 4, 4};

        assertThat(AurocDifference.interval95(model, baseline, truth, group, 300, 3))
                .containsExactly(AurocDifference.interval95(model, baseline, truth, group, 300, 3));
    }
}
