package com.lepton.caselibrary.plugins.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.ndarray.Shape;

/** The parts of the graph definition that need no TensorFlow runtime. */
class VolatilityLstmTest {

    @Test
    void countsItsParameters() {
        // 4 gates x (2 x 32 input weights + 32 x 32 recurrent weights + 32 biases) + dense 32 + 1
        assertThat(VolatilityLstm.parameterCount()).isEqualTo(4_513);
        assertThat(VolatilityLstm.PARAMETER_SHAPES.stream()
                        .mapToLong(Shape::size)
                        .sum())
                .isEqualTo(4_513);
        assertThat(VolatilityLstm.PARAMETER_NAMES)
                .hasSize(14)
                .startsWith("lstm_kernel_i")
                .endsWith("dense_bias");
    }

    @Test
    void drawsTheSameInitialWeightsForTheSameSeed() {
        List<float[]> first = VolatilityLstm.initialParameters(42);
        List<float[]> again = VolatilityLstm.initialParameters(42);
        List<float[]> other = VolatilityLstm.initialParameters(43);

        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i)).isEqualTo(first.get(i));
            assertThat(first.get(i))
                    .hasSize((int) VolatilityLstm.PARAMETER_SHAPES.get(i).size());
        }
        assertThat(other.get(0)).isNotEqualTo(first.get(0));
        // Forget gate bias 1, the other biases 0.
        assertThat(first.get(VolatilityLstm.PARAMETER_NAMES.indexOf("lstm_bias_f")))
                .containsOnly(1f);
        assertThat(first.get(VolatilityLstm.PARAMETER_NAMES.indexOf("lstm_bias_i")))
                .containsOnly(0f);
    }

    @Test
    void averagesEachRunOfFiveDaysForTheHistory() {
        float[][] m = VolatilityLstm.Serving.trailingMeanMatrix();

        assertThat(m).hasNumberOfRows(20);
        assertThat(m[0]).hasSize(16);
        for (int k = 0; k < 16; k++) {
            double column = 0;
            for (int day = 0; day < 20; day++) {
                column += m[day][k];
                assertThat(m[day][k]).isEqualTo(day >= k && day < k + 5 ? 0.2f : 0f);
            }
            assertThat(column).isCloseTo(1, within(1e-6));
        }
    }
}
