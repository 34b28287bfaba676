package com.lepton.caselibrary.plugins.technology;

import com.lepton.caselibrary.trainingkit.ForecastMetrics;
import com.lepton.caselibrary.trainingkit.WindowedRegression;
import java.io.PrintStream;

/** How a temperature LSTM, shipped or comparison, is fitted on the training days. */
final class TemperatureFit {

    static final int BATCH_SIZE = 32;
    static final float LEARNING_RATE = 1e-3f;

    private TemperatureFit() {}

    /**
     * Trains one LSTM with Adam on standardised windows and targets, choosing the epoch by the
     * validation RMSE in °C.
     */
    static WindowedRegression.Fit fit(
            TemperatureLstm spec,
            float[] trainX,
            float[] trainY,
            float[] validationX,
            double[] validationTargets,
            Standardiser tempMax,
            int epochs,
            long seed,
            PrintStream log,
            String label) {
        try (TemperatureLstm.Training network = spec.new Training(spec.initialParameters(seed), LEARNING_RATE)) {
            return WindowedRegression.fit(
                    network,
                    trainX,
                    trainY,
                    spec.window() * spec.features(),
                    () -> ForecastMetrics.of(
                                    tempMax.original(network.predict(validationX, validationTargets.length)),
                                    validationTargets)
                            .rmse(),
                    epochs,
                    BATCH_SIZE,
                    seed,
                    "RMSE °C (" + label + ")",
                    log);
        }
    }
}
