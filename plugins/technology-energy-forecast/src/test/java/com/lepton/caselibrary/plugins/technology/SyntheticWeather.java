package com.lepton.caselibrary.plugins.technology;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded, Seattle-like daily weather file for the tests that must not depend on the installed
 * data set: a seasonal cycle of maximum temperature with autocorrelated day-to-day noise, a
 * minimum some degrees below it, rain and wind. Not real data.
 */
final class SyntheticWeather {

    private SyntheticWeather() {}

    /** CSV text in the layout of {@code seattle-weather.csv}, one row per day from {@code from} to {@code to}. */
    static String csv(LocalDate from, LocalDate to, long seed) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("date,precipitation,temp_max,temp_min,wind,weather\n");
        double anomaly = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            double season = 16 + 8 * Math.sin(2 * Math.PI * (day.getDayOfYear() - 110) / 365.25);
            anomaly = 0.7 * anomaly + 2.2 * random.nextGaussian();
            double tempMax = Math.max(-5, Math.min(38, season + anomaly));
            double tempMin = tempMax - 5 - 3 * random.nextDouble();
            double precipitation = random.nextDouble() < 0.4 ? 10 * random.nextDouble() : 0;
            double wind = 1 + 4 * random.nextDouble();
            csv.append(String.format(
                    Locale.ROOT,
                    "%s,%.1f,%.1f,%.1f,%.1f,%s%n",
                    day,
                    precipitation,
                    tempMax,
                    tempMin,
                    wind,
                    precipitation > 0 ? "rain" : "sun"));
        }
        return csv.toString();
    }
}
