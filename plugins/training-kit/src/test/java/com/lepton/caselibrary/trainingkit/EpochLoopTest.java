package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EpochLoopTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());

    /** A fake network whose validation scores follow a script and whose "weights" are the epoch number. */
    private static final class Scripted implements EpochLoop.Network {
        final double[] scores;
        final List<int[]> batches = new ArrayList<>();
        final List<String> reports = new ArrayList<>();
        int epoch;

        Scripted(double... scores) {
            this.scores = scores;
        }

        @Override
        public double step(int[] indices) {
            batches.add(indices);
            return 1.0 / (epoch + 1);
        }

        @Override
        public double validate() {
            return scores[epoch++];
        }

        @Override
        public List<float[]> snapshot() {
            return List.of(new float[] {epoch});
        }

        @Override
        public void epochEnded(int epoch, double loss, double score) {
            reports.add(epoch + ":" + loss + ":" + score);
        }
    }

    @Test
    void tellsTheNetworkAfterEachEpoch() {
        Scripted network = new Scripted(0.5, 0.75);
        EpochLoop.fit(network, 4, 4, 2, 1, QUIET);

        assertThat(network.reports).containsExactly("1:1.0:0.5", "2:0.5:0.75");
    }

    @Test
    void keepsTheWeightsOfTheBestEpochAndRecordsTheCurve() {
        Scripted network = new Scripted(0.5, 0.8, 0.8, 0.6);
        EpochLoop.Outcome fit = EpochLoop.fit(network, 10, 4, 4, 1, QUIET);

        assertThat(fit.curve()).containsExactly(0.5, 0.8, 0.8, 0.6);
        assertThat(fit.bestEpoch()).isEqualTo(2); // a tie keeps the earlier epoch
        assertThat(fit.bestWeights().getFirst()).containsExactly(2f);
        assertThat(fit.losses()).containsExactly(1.0, 0.5, 1 / 3.0, 0.25);
    }

    @Test
    void everyExampleOnceAnEpochInSeededBatches() {
        Scripted first = new Scripted(0, 0);
        Scripted second = new Scripted(0, 0);
        EpochLoop.fit(first, 10, 4, 2, 42, QUIET);
        EpochLoop.fit(second, 10, 4, 2, 42, QUIET);

        assertThat(first.batches).hasSize(6).extracting(batch -> batch.length).containsExactly(4, 4, 2, 4, 4, 2);
        int[] epochOne = first.batches.subList(0, 3).stream()
                .flatMapToInt(Arrays::stream)
                .sorted()
                .toArray();
        assertThat(epochOne).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(first.batches).usingRecursiveComparison().isEqualTo(second.batches);
    }

    @Test
    void refusesEmptyTraining() {
        assertThatThrownBy(() -> EpochLoop.fit(new Scripted(), 0, 4, 1, 1, QUIET))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMetricNamedWithALeadingMinusIsLoggedAsTheErrorItself() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        EpochLoop.run(
                new Scripted(-2.5, -1.25),
                Shuffle.identity(4),
                2,
                2,
                new Random(1),
                "-RMSE",
                new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("validation RMSE 2.5000")
                .contains("validation RMSE 1.2500")
                .doesNotContain("-");
    }
}
