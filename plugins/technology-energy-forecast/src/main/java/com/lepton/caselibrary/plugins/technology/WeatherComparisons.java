package com.lepton.caselibrary.plugins.technology;

import com.lepton.caselibrary.plugins.technology.WeatherDataset.FeatureScaling;
import com.lepton.caselibrary.trainingkit.ForecastMetrics;
import com.lepton.caselibrary.trainingkit.LinearRegression;
import com.lepton.caselibrary.trainingkit.Rows;
import com.lepton.caselibrary.trainingkit.WindowedRegression;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the shipped LSTM is compared with: the comparison LSTM on all six weather features (not
 * shipped) and the baselines fitted on the training period only, on validation and test days.
 *
 * @param testBaselineForecasts each baseline's test forecasts (°C), for the Diebold-Mariano tests
 */
record WeatherComparisons(
        ForecastMetrics weatherValidation,
        ForecastMetrics weatherTest,
        Map<String, ForecastMetrics> validationBaselines,
        Map<String, double[]> testBaselineForecasts,
        Map<String, ForecastMetrics> baselines) {

    /** Trains the comparison LSTM and fits the baselines on the training days; scores both on the other splits. */
    static WeatherComparisons run(
            WeatherDataset data,
            int[] train,
            int[] validation,
            int[] test,
            FeatureScaling scaling,
            Standardiser tempMax,
            float[] trainY,
            int epochs,
            long seed,
            PrintStream log) {
        int window = TemperatureLstm.SHIPPED.window();
        double[] trainTargets = data.targets(train);
        double[] validationTargets = data.targets(validation);
        double[] testTargets = data.targets(test);
        // The comparison model: all six features per day (not shipped: the demo has no dates, rain or wind).
        float[] weatherTrainX = data.multivariateInputs(train, window, scaling);
        float[] weatherValidationX = data.multivariateInputs(validation, window, scaling);
        float[] weatherTestX = data.multivariateInputs(test, window, scaling);
        WindowedRegression.Fit weatherFit = TemperatureFit.fit(
                SeattleWeatherTrainer.WEATHER,
                weatherTrainX,
                trainY,
                weatherValidationX,
                validationTargets,
                tempMax,
                epochs,
                seed,
                log,
                "weather");
        ForecastMetrics weatherValidation;
        ForecastMetrics weatherTest;
        try (TemperatureLstm.Serving serving =
                SeattleWeatherTrainer.WEATHER.new Serving(weatherFit.bestWeights(), tempMax)) {
            weatherValidation = ForecastMetrics.of(
                    Rows.doubles(serving.predict(weatherValidationX, validation.length)), validationTargets);
            weatherTest = ForecastMetrics.of(Rows.doubles(serving.predict(weatherTestX, test.length)), testTargets);
        }
        log.printf(
                Locale.ROOT,
                "comparison LSTM trained in %.1f s; best epoch %d (validation RMSE %.3f °C)%n",
                weatherFit.seconds(),
                weatherFit.bestEpoch(),
                weatherFit.curve().get(weatherFit.bestEpoch() - 1));

        // Baselines, fitted on the training period only.
        int[] trainDays = data.daysIn(SeattleWeatherTrainer.TRAIN);
        Climatology climatology = Climatology.fit(
                Rows.pick(data.series().dates(), trainDays),
                Rows.pick(data.series().tempMax(), trainDays),
                Climatology.DEFAULT_HALF_WIDTH);
        LinearRegression ar = LinearRegression.fit(data.temperatureWindows(train, window), trainTargets);
        LinearRegression arWeather = LinearRegression.fit(Rows.of(weatherTrainX, train.length), trainTargets);
        Map<String, ForecastMetrics> validationBaselines = new LinkedHashMap<>();
        validationBaselines.put("persistence", ForecastMetrics.of(data.persistence(validation), validationTargets));
        validationBaselines.put(
                "climatology",
                ForecastMetrics.of(climatology.forecast(data.targetDates(validation)), validationTargets));
        validationBaselines.put(
                "linearAr",
                ForecastMetrics.of(ar.predict(data.temperatureWindows(validation, window)), validationTargets));
        validationBaselines.put(
                "linearArWeather",
                ForecastMetrics.of(
                        arWeather.predict(Rows.of(weatherValidationX, validation.length)), validationTargets));
        Map<String, double[]> testBaselineForecasts = new LinkedHashMap<>();
        testBaselineForecasts.put("persistence", data.persistence(test));
        testBaselineForecasts.put("climatology", climatology.forecast(data.targetDates(test)));
        testBaselineForecasts.put("linearAr", ar.predict(data.temperatureWindows(test, window)));
        testBaselineForecasts.put("linearArWeather", arWeather.predict(Rows.of(weatherTestX, test.length)));
        Map<String, ForecastMetrics> baselines = new LinkedHashMap<>();
        testBaselineForecasts.forEach(
                (name, forecast) -> baselines.put(name, ForecastMetrics.of(forecast, testTargets)));
        return new WeatherComparisons(
                weatherValidation, weatherTest, validationBaselines, testBaselineForecasts, baselines);
    }

    /**
     * Logs the shipped LSTM's validation and test figures beside the comparisons' and returns each baseline's
     * Diebold-Mariano statistic on the test days (positive: the shipped LSTM's squared errors are smaller; beyond
     * +-1.96 unlikely to be chance).
     */
    Map<String, Double> report(
            PrintStream log,
            ForecastMetrics validationMetrics,
            ForecastMetrics testMetrics,
            double[] testForecast,
            double[] testTargets) {
        log.println("validation (Jul-Dec 2014), next-day maximum temperature:");
        log.println("  " + line("lstm", validationMetrics));
        log.println("  " + line("weatherLstm", weatherValidation));
        validationBaselines.forEach((name, m) -> log.println("  " + line(name, m)));
        log.println("test (2015), evaluated once:");
        log.println("  " + line("lstm", testMetrics));
        log.println("  " + line("weatherLstm", weatherTest));
        baselines.forEach((name, m) -> log.println("  " + line(name, m)));
        Map<String, Double> dieboldMariano = new LinkedHashMap<>();
        testBaselineForecasts.forEach((name, forecast) ->
                dieboldMariano.put(name, ForecastMetrics.dieboldMariano(forecast, testForecast, testTargets)));
        baselines.forEach((name, m) -> log.printf(
                Locale.ROOT,
                "  the shipped LSTM %s %s on test RMSE (%.3f vs %.3f) and %s on MAE (%.3f vs %.3f); Diebold-Mariano %+.2f (%s)%n",
                m.rmse() > testMetrics.rmse() ? "BEATS" : "does NOT beat",
                name,
                testMetrics.rmse(),
                m.rmse(),
                m.mae() > testMetrics.mae() ? "beats it" : "does NOT beat it",
                testMetrics.mae(),
                m.mae(),
                dieboldMariano.get(name),
                Math.abs(dieboldMariano.get(name)) > 1.96 ? "significant at 5%" : "not significant at 5%"));
        return dieboldMariano;
    }

    private static String line(String name, ForecastMetrics m) {
        return String.format(
                Locale.ROOT,
                "%-16s RMSE %6.3f °C  MAE %6.3f °C  bias %+6.3f °C  (%d days)",
                name,
                m.rmse(),
                m.mae(),
                m.bias(),
                m.count());
    }
}
