package com.lepton.caselibrary.trainingkit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * Training of a series network that maps a window of readings to one standardised target, as the
 * forecasting trainers share it: {@link EpochLoop} over shuffled {@link RegressionBatch}es, the
 * whole training set's loss after each epoch, and the epoch with the lowest validation RMSE kept.
 */
public final class WindowedRegression {

    /** The training graph as the loop drives it. */
    public interface Network {

        /** One optimiser step on the first {@code count} windows and targets; returns the loss before it. */
        float step(float[] windows, float[] targets, int count);

        /** The loss on the first {@code count} windows and targets, without training. */
        float loss(float[] windows, float[] targets, int count);

        /** A copy of the current weights. */
        List<float[]> snapshot();
    }

    /**
     * What one training run produced.
     *
     * @param initialLoss training-set loss before the first step
     * @param losses      training-set loss after each epoch
     * @param curve       validation RMSE after each epoch, rounded as {@link ForecastMetrics#round}
     * @param bestEpoch   the epoch with the lowest validation RMSE, 1-based
     * @param bestWeights the parameters after that epoch
     * @param seconds     wall-clock training time
     */
    public record Fit(
            double initialLoss,
            List<Double> losses,
            List<Double> curve,
            int bestEpoch,
            List<float[]> bestWeights,
            double seconds) {}

    private WindowedRegression() {}

    /**
     * Trains {@code network} on the windows in {@code inputs} (rows of {@code stride}) and their
     * {@code targets}, in batches of {@code batchSize} shuffled with {@code seed}; after each epoch
     * {@code validationRmse} scores the network, and the log names that score {@code metric}.
     */
    public static Fit fit(
            Network network,
            float[] inputs,
            float[] targets,
            int stride,
            DoubleSupplier validationRmse,
            int epochs,
            int batchSize,
            long seed,
            String metric,
            PrintStream log) {
        int examples = targets.length;
        double initialLoss = network.loss(inputs, targets, examples);
        RegressionBatch batches = new RegressionBatch(inputs, targets, stride, batchSize);
        List<Double> losses = new ArrayList<>();
        EpochLoop.Outcome outcome = EpochLoop.run(
                new EpochLoop.Network() {
                    @Override
                    public double step(int[] batch) {
                        return network.step(batches.inputs(), batches.targets(), batches.fill(batch));
                    }

                    @Override
                    public double validate() {
                        losses.add((double) network.loss(inputs, targets, examples));
                        return -validationRmse.getAsDouble();
                    }

                    @Override
                    public List<float[]> snapshot() {
                        return network.snapshot();
                    }
                },
                Shuffle.identity(examples),
                epochs,
                batchSize,
                new Random(seed),
                "-" + metric,
                log);
        List<Double> curve = outcome.curve().stream()
                .map(score -> ForecastMetrics.round(-score))
                .toList();
        return new Fit(
                initialLoss, List.copyOf(losses), curve, outcome.bestEpoch(), outcome.bestWeights(), outcome.seconds());
    }
}
