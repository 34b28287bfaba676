package com.lepton.caselibrary.plugins.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.testkit.SeedCnnSmokeTraining;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.SeedCnn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke training of the real network ({@link SeedCnn.Training}, the trainer's batch size and Adam
 * learning rate) on a small slice of Fashion-MNIST: 6,000 training images for two epochs, then
 * 1,000 images from the trainer's validation range. Needs the installed data set
 * ({@link FashionMnistTrainer#DEBIAN_DATA}, which CI installs) and the TensorFlow native library.
 */
class SmokeTrainingTest {

    private static final int TRAIN = 6_000;
    private static final int EPOCHS = 2;

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    @Test
    void twoEpochsOnASmallSliceLowerTheLossAndBeatChance() throws Exception {
        FashionMnist trainFile = FashionMnist.load(FashionMnistTrainer.DEBIAN_DATA, FashionMnist.TRAIN);
        FashionMnist train = trainFile.slice(0, TRAIN);
        // From the trainer's validation range (the last 5,000 training images), never trained on here.
        FashionMnist validation = trainFile.slice(
                trainFile.count() - FashionMnistTrainer.VALIDATION_EXAMPLES,
                trainFile.count() - FashionMnistTrainer.VALIDATION_EXAMPLES + 1_000);
        long start = System.nanoTime();
        // The trainer's network, batch size and learning rate; seed 42; mean loss of the first and last 10 batches.
        SeedCnnSmokeTraining smoke = SeedCnnSmokeTraining.run(train, validation, EPOCHS, 10);
        double firstLoss = smoke.firstLoss();
        double lastLoss = smoke.lastLoss();
        Evaluation before = smoke.before();
        Evaluation after = smoke.after();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "fashion-cnn smoke training: %d images x %d epochs in %.1f s; loss first 10 batches %.4f -> last 10 batches %.4f;"
                        + " held-out accuracy %.4f -> %.4f (chance 0.10)%n",
                TRAIN, EPOCHS, seconds, firstLoss, lastLoss, before.accuracy(), after.accuracy());

        assertThat(lastLoss).isLessThan(0.6 * firstLoss);
        // Chance is 0.10 and the model card's nearest-centroid baseline 0.68; two short epochs reach about 0.8.
        assertThat(after.accuracy()).isGreaterThan(0.65);
    }
}
