package com.lepton.caselibrary.plugins.carbon;

import com.lepton.caselibrary.trainingkit.ForecastMetrics;
import com.lepton.caselibrary.trainingkit.WindowedRegression;
import java.io.PrintStream;

/** How the Elman RNN is fitted on the training months, the epoch chosen by the next month's RMSE in ppm. */
final class Co2RnnFit {

    static final int BATCH_SIZE = 32;
    static final float LEARNING_RATE = 3e-3f;

    private Co2RnnFit() {}

    /** Trains with Adam on standardised next changes, choosing the epoch by validation RMSE in ppm. */
    static WindowedRegression.Fit fit(
            ElmanRnn spec,
            ElmanRnn.Scaling scaling,
            Co2Dataset data,
            int[] train,
            int[] validation,
            int epochs,
            long seed,
            PrintStream log) {
        int window = spec.window();
        float[] trainX = data.windows(train);
        float[] trainY = scaling.standardise(data.targetChanges(train));
        float[] validationX = data.windows(validation);
        double[] validationLast = data.persistence(validation);
        double[] validationTargets = data.targets(validation);
        try (ElmanRnn.Training network = spec.new Training(spec.initialParameters(seed), scaling, LEARNING_RATE)) {
            return WindowedRegression.fit(
                    network,
                    trainX,
                    trainY,
                    window,
                    () -> {
                        float[] changes = network.predict(validationX, validation.length);
                        double[] forecast = new double[changes.length];
                        for (int i = 0; i < changes.length; i++) {
                            forecast[i] = validationLast[i] + scaling.original(changes[i]);
                        }
                        return ForecastMetrics.of(forecast, validationTargets).rmse();
                    },
                    epochs,
                    BATCH_SIZE,
                    seed,
                    "RMSE ppm",
                    log);
        }
    }
}
