package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.ndarray.Shape;

/** The graph side (variables, assign, snapshot) runs in every plugin's smoke training and export tests. */
class ParameterSetTest {

    @Test
    void countsParametersAndValues() {
        ParameterSet set = new ParameterSet(List.of("kernel", "bias"), List.of(Shape.of(3, 3, 1, 32), Shape.of(32)));
        assertThat(set.size()).isEqualTo(2);
        assertThat(set.valueCount()).isEqualTo(320);
    }

    @Test
    void refusesNamesAndShapesThatDoNotPair() {
        assertThatThrownBy(() -> new ParameterSet(List.of("kernel"), List.of(Shape.of(2), Shape.of(3))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
