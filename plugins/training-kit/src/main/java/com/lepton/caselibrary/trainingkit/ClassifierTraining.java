package com.lepton.caselibrary.trainingkit;

import java.io.PrintStream;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * Training of a classifier on {@link LabelledExamples}, as the CNN trainers share it (the classifiers' counterpart of
 * {@link WindowedRegression}): {@link EpochLoop} over shuffled mini-batches, the validation accuracy after each epoch
 * deciding which weights to keep.
 */
public final class ClassifierTraining {

    /** The training graph as the loop drives it. */
    public interface Network {

        /** One optimiser step on the first {@code count} examples and labels; returns the batch's loss. */
        float step(float[] examples, int[] labels, int count);

        /** A copy of the current weights. */
        List<float[]> snapshot();
    }

    private ClassifierTraining() {}

    /**
     * Trains {@code network} for {@code epochs} epochs on {@code train} in batches of {@code batchSize}, shuffled and
     * with the order drawn from {@code seed}; after each epoch {@code validationAccuracy} scores the network.
     */
    public static EpochLoop.Outcome fit(
            Network network,
            LabelledExamples train,
            DoubleSupplier validationAccuracy,
            int epochs,
            int batchSize,
            long seed,
            PrintStream log) {
        int length = train.length();
        float[] examples = new float[batchSize * length];
        int[] labels = new int[batchSize];
        return EpochLoop.run(
                new EpochLoop.Network() {
                    @Override
                    public double step(int[] batch) {
                        for (int i = 0; i < batch.length; i++) {
                            train.copy(batch[i], examples, i * length);
                            labels[i] = train.label(batch[i]);
                        }
                        return network.step(examples, labels, batch.length);
                    }

                    @Override
                    public double validate() {
                        return validationAccuracy.getAsDouble();
                    }

                    @Override
                    public List<float[]> snapshot() {
                        return network.snapshot();
                    }
                },
                Shuffle.identity(train.count()),
                epochs,
                batchSize,
                new Random(seed),
                "accuracy",
                log);
    }
}
