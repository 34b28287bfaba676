package com.lepton.caselibrary.plugins.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.ndarray.Shape;

/** The parts of the graph definition that need no TensorFlow runtime. */
class TemperatureLstmTest {

    @Test
    void countsItsParameters() {
        TemperatureLstm shipped = TemperatureLstm.SHIPPED;
        // 4 gates x (1 x 32 input weights + 32 x 32 recurrent weights + 32 biases) + dense 32 + 1
        assertThat(shipped.parameterCount()).isEqualTo(4_385);
        assertThat(shipped.parameterShapes().stream().mapToLong(Shape::size).sum())
                .isEqualTo(4_385);
        assertThat(shipped.parameterNames())
                .hasSize(14)
                .startsWith("lstm_kernel_i")
                .endsWith("dense_bias");
        assertThat(shipped.window()).isEqualTo(14);
        // The comparison model reads six features a day.
        assertThat(SeattleWeatherTrainer.WEATHER.parameterCount()).isEqualTo(4L * (6 * 32 + 32 * 32 + 32) + 33);
    }

    @Test
    void drawsTheSameInitialWeightsForTheSameSeed() {
        TemperatureLstm lstm = TemperatureLstm.SHIPPED;
        List<float[]> first = lstm.initialParameters(42);
        List<float[]> again = lstm.initialParameters(42);
        List<float[]> other = lstm.initialParameters(43);

        for (int i = 0; i < first.size(); i++) {
            assertThat(again.get(i)).isEqualTo(first.get(i));
            assertThat(first.get(i)).hasSize((int) lstm.parameterShapes().get(i).size());
        }
        assertThat(other.get(0)).isNotEqualTo(first.get(0));
        assertThat(first.get(lstm.parameterNames().indexOf("lstm_bias_f"))).containsOnly(1f);
        assertThat(first.get(lstm.parameterNames().indexOf("lstm_bias_i"))).containsOnly(0f);
        // Glorot-uniform kernels take both signs (the framework's initializer would not).
        float[] kernel = first.get(lstm.parameterNames().indexOf("dense_kernel"));
        double limit = Math.sqrt(6.0 / 33);
        boolean negative = false;
        for (float w : kernel) {
            assertThat((double) Math.abs(w)).isLessThanOrEqualTo(limit);
            negative |= w < 0;
        }
        assertThat(negative).isTrue();
    }

    @Test
    void refusesAnImpossibleShape() {
        assertThatThrownBy(() -> new TemperatureLstm(1, 1, 32)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TemperatureLstm(14, 0, 32)).isInstanceOf(IllegalArgumentException.class);
    }
}
