package com.lepton.caselibrary.plugins.breastcancer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import java.io.PrintStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real training for a few epochs on the committed 113 test cases (80 train, 33 validation): the loss falls. */
class SmokeTrainingTest {

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    @Test
    void lossFallsAndValidationImproves() throws Exception {
        WdbcTable cases = HeldOut.testSplit();
        WdbcTable train = cases.select(IntStream.range(0, 80).toArray());
        WdbcTable validation = cases.select(IntStream.range(80, cases.count()).toArray());

        EpochLoop.Outcome fit = BreastCancerTrainer.fit(
                train, validation, train.meanAndStd(), 20, 3, new PrintStream(PrintStream.nullOutputStream()));

        assertThat(fit.losses().getLast()).isLessThan(fit.losses().getFirst() * 0.5);
        assertThat(fit.bestScore()).isGreaterThan(fit.curve().getFirst());
    }

    @Test
    void theSplitIsStratifiedDisjointAndFixedBySeed() throws Exception {
        WdbcTable all = HeldOut.testSplit();
        int[][] split = all.stratifiedSplit(0.15, 0.2, 569);
        int[][] again = all.stratifiedSplit(0.15, 0.2, 569);
        assertThat(split).isDeepEqualTo(again);
        assertThat(IntStream.concat(
                                IntStream.concat(IntStream.of(split[0]), IntStream.of(split[1])),
                                IntStream.of(split[2]))
                        .sorted()
                        .toArray())
                .isEqualTo(IntStream.range(0, all.count()).toArray());
    }
}
