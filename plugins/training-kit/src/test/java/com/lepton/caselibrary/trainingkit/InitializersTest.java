package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tensorflow.ndarray.Shape;

class InitializersTest {

    @Test
    void drawsADenseKernelSymmetricallyWithinTheGlorotLimit() {
        float[] kernel = Initializers.glorotUniform(Shape.of(64, 10), new Random(42));
        double limit = Math.sqrt(6.0 / (64 + 10));

        assertThat(kernel).hasSize(640);
        double min = 0;
        double max = 0;
        for (float v : kernel) {
            assertThat(Math.abs(v)).isLessThanOrEqualTo((float) limit);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        // Both signs: the framework's own Glorot initializer of rc.2 draws from [0, limit) only.
        assertThat(min).isLessThan(-limit / 2);
        assertThat(max).isGreaterThan(limit / 2);
    }

    @Test
    void multipliesBothFansByAConvolutionsReceptiveField() {
        float[] kernel = Initializers.glorotUniform(Shape.of(3, 3, 32, 64), new Random(1));
        double limit = Math.sqrt(6.0 / (9 * (32 + 64)));
        double largest = 0;
        for (float v : kernel) {
            largest = Math.max(largest, Math.abs(v));
        }
        assertThat(largest).isLessThanOrEqualTo(limit).isGreaterThan(0.9 * limit);
    }

    @Test
    void drawsTheValuesAPluginDrewBeforeForTheSameSeed() {
        // The formula the plugins used before the kit: the same generator calls in the same order.
        Random reference = new Random(7);
        double limit = Math.sqrt(6.0 / (3 * (5 + 4)));
        float[] expected = new float[3 * 5 * 4];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (float) ((reference.nextDouble() * 2 - 1) * limit);
        }
        assertThat(Initializers.glorotUniform(Shape.of(3, 5, 4), new Random(7))).containsExactly(expected);
    }

    @Test
    void leavesBiasesAtZeroWithoutDrawing() {
        Random random = new Random(3);
        assertThat(Initializers.glorotUniform(Shape.of(32), random)).hasSize(32).containsOnly(0f);
        assertThat(random.nextInt()).isEqualTo(new Random(3).nextInt());
    }

    @Test
    void drawsUniformValuesWithinTheLimit() {
        float[] values = Initializers.uniform(1000, 0.05, new Random(5));
        assertThat(values).hasSize(1000);
        for (float v : values) {
            assertThat(v).isBetween(-0.05f, 0.05f);
        }
        assertThat(Initializers.uniform(10, 0.05, new Random(5)))
                .containsExactly(Initializers.uniform(10, 0.05, new Random(5)));
    }

    @Test
    void makesAnOrthogonalMatrix() {
        int n = 8;
        float[] q = Initializers.orthogonal(n, new Random(1));
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double dot = 0;
                for (int k = 0; k < n; k++) {
                    dot += q[a * n + k] * q[b * n + k];
                }
                assertThat(dot).isCloseTo(a == b ? 1 : 0, within(1e-5));
            }
        }
        assertThat(Initializers.orthogonal(n, new Random(1))).containsExactly(q);
    }
}
