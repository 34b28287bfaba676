package com.lepton.caselibrary.plugins.technology;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Dev runner: writes the demo samples, {@value EnergyForecastCase#SAMPLE_LENGTH} daily maximum
 * temperatures each, one per line, from the installed data set, and prints what the next day
 * brought (the samples' {@code expected} text).
 *
 * <pre>
 * ./mvnw -B -f plugins/technology-energy-forecast/pom.xml test-compile exec:exec@export-samples
 * </pre>
 */
public final class ExportSamples {

    private ExportSamples() {}

    public static void main(String[] args) throws Exception {
        WeatherSeries series = SeattleWeatherCsv.load(Path.of(args[0]));
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        for (EnergyForecastCase.Sample sample : EnergyForecastCase.SAMPLES) {
            int last = series.indexOf(sample.lastDay());
            if (last < EnergyForecastCase.SAMPLE_LENGTH - 1 || last + 1 >= series.count()) {
                throw new IllegalStateException(
                        sample.lastDay() + " is not inside the data with a next day to compare");
            }
            StringBuilder csv = new StringBuilder();
            for (int i = last - EnergyForecastCase.SAMPLE_LENGTH + 1; i <= last; i++) {
                csv.append(String.format(Locale.ROOT, "%.1f%n", series.tempMax(i)));
            }
            Files.writeString(output.resolve(sample.id() + ".csv"), csv.toString(), StandardCharsets.UTF_8);
            System.out.printf(
                    Locale.ROOT,
                    "%-20s %s .. %s  %s%n",
                    sample.id(),
                    series.date(last - EnergyForecastCase.SAMPLE_LENGTH + 1),
                    series.date(last),
                    expected(series, last));
        }
    }

    /** The text a sample's {@code expected} field must carry. */
    static String expected(WeatherSeries series, int last) {
        return String.format(
                Locale.ROOT,
                "observed maximum on %s: %.1f °C (today %.1f °C)",
                series.date(last + 1),
                series.tempMax(last + 1),
                series.tempMax(last));
    }
}
