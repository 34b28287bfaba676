package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RegressionBatchTest {

    @Test
    void copiesTheRowsAndTargetsOfTheGivenIndicesToTheFront() {
        float[] inputs = {0, 1, 10, 11, 20, 21};
        float[] targets = {5, 6, 7};
        RegressionBatch batch = new RegressionBatch(inputs, targets, 2, 3);

        assertThat(batch.fill(new int[] {2, 0})).isEqualTo(2);

        assertThat(Arrays.copyOf(batch.inputs(), 4)).containsExactly(20, 21, 0, 1);
        assertThat(Arrays.copyOf(batch.targets(), 2)).containsExactly(7, 5);
        assertThat(batch.inputs()).hasSize(6);
    }

    @Test
    void refusesInputsThatDoNotMatchTheTargets() {
        assertThatThrownBy(() -> new RegressionBatch(new float[5], new float[2], 2, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
