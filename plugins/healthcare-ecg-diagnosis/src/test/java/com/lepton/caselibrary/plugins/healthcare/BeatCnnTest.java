package com.lepton.caselibrary.plugins.healthcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.ndarray.Shape;

/** The parts of the graph definition that need no TensorFlow runtime. */
class BeatCnnTest {

    @Test
    void countsItsParameters() {
        // 250 -> conv7 244 -> pool 122 -> conv5 118 -> pool 59 -> conv3 57
        assertThat(BeatCnn.FEATURE_LENGTH).isEqualTo(57);
        // (7*16 + 16) + (5*16*32 + 32) + (3*32*32 + 32) + (1824*32 + 32) + (32*4 + 4)
        assertThat(BeatCnn.parameterCount()).isEqualTo(64_356);
        assertThat(BeatCnn.PARAMETER_SHAPES.get(0)).isEqualTo(Shape.of(7, 1, 1, 16));
        assertThat(BeatCnn.PARAMETER_SHAPES.get(9)).isEqualTo(Shape.of(4));
    }

    @Test
    void drawsTheSameGlorotWeightsForTheSameSeedAndZeroBiases() {
        List<float[]> first = BeatCnn.initialParameters(42);
        List<float[]> again = BeatCnn.initialParameters(42);
        List<float[]> other = BeatCnn.initialParameters(43);

        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i)).isEqualTo(first.get(i));
            assertThat(first.get(i))
                    .hasSize((int) BeatCnn.PARAMETER_SHAPES.get(i).size());
        }
        assertThat(other.get(0)).isNotEqualTo(first.get(0));
        assertThat(first.get(1)).containsOnly(0f);
        // Symmetric around zero (the broken framework initializer drew only positive values).
        double limit = Math.sqrt(6.0 / (7 * (1 + 16)));
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : first.get(0)) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertThat(min).isLessThan(0f).isGreaterThanOrEqualTo((float) -limit);
        assertThat(max).isGreaterThan(0f).isLessThanOrEqualTo((float) limit);
    }
}
