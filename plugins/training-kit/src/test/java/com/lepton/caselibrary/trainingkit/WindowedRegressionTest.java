package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowedRegressionTest {

    /** A one-weight "network" that predicts weight * first value of the window and learns by a fixed rate. */
    private static final class OneWeight implements WindowedRegression.Network {
        float weight;
        int stepped;

        @Override
        public float step(float[] windows, float[] targets, int count) {
            float before = loss(windows, targets, count);
            float gradient = 0;
            for (int i = 0; i < count; i++) {
                gradient += 2 * (weight * windows[i * 2] - targets[i]) * windows[i * 2] / count;
            }
            weight -= 0.1f * gradient;
            stepped += count;
            return before;
        }

        @Override
        public float loss(float[] windows, float[] targets, int count) {
            float sum = 0;
            for (int i = 0; i < count; i++) {
                float error = weight * windows[i * 2] - targets[i];
                sum += error * error;
            }
            return sum / count;
        }

        @Override
        public List<float[]> snapshot() {
            return List.of(new float[] {weight});
        }
    }

    @Test
    void lowersTheLossAndKeepsTheEpochWithTheLowestValidationError() {
        float[] windows = {1, 0, 2, 0, -1, 0, 0.5f, 0};
        float[] targets = {3, 6, -3, 1.5f}; // target = 3 * first value
        OneWeight network = new OneWeight();
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        WindowedRegression.Fit fit = WindowedRegression.fit(
                network,
                windows,
                targets,
                2,
                () -> Math.abs(3 - network.weight),
                5,
                2,
                7,
                "RMSE test",
                new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(network.stepped).isEqualTo(20);
        assertThat(fit.losses()).hasSize(5);
        assertThat(fit.losses().getFirst()).isLessThan(fit.initialLoss());
        assertThat(fit.curve()).hasSize(5).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(fit.bestEpoch()).isEqualTo(5);
        assertThat(fit.bestWeights().getFirst()[0]).isEqualTo(network.weight);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("validation RMSE test");
    }
}
