package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the graph definition that need no TensorFlow runtime. */
class SeedCnnTest {

    @Test
    void hasTheCustomersParameterCount() {
        // Keras' model.summary() of the same network reports 93,322 trainable parameters.
        assertThat(SeedCnn.parameterCount()).isEqualTo(93_322);
    }

    @Test
    void drawsTheSameSymmetricGlorotWeightsForTheSameSeed() {
        List<float[]> first = SeedCnn.initialParameters(42);
        List<float[]> again = SeedCnn.initialParameters(42);
        List<float[]> other = SeedCnn.initialParameters(43);

        assertThat(first).hasSize(10);
        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i)).isEqualTo(first.get(i));
        }
        assertThat(other.get(0)).isNotEqualTo(first.get(0));

        float[] conv2 = first.get(2); // 3x3x32x64: limit sqrt(6 / (9 * (32 + 64)))
        double limit = Math.sqrt(6.0 / (9 * 96));
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : conv2) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertThat(min).isBetween((float) -limit, (float) (-0.9 * limit));
        assertThat(max).isBetween((float) (0.9 * limit), (float) limit);
        assertThat(first.get(3)).containsOnly(0f); // biases start at zero
    }
}
