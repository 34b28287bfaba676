package com.lepton.caselibrary.plugins.technology;

import java.time.LocalDate;

/**
 * The time of year as a point on a circle, so that 31 December and 1 January are neighbours:
 * {@code sin(2 pi d / 365.25)} and {@code cos(2 pi d / 365.25)} for day of year {@code d}.
 */
final class Season {

    static final double YEAR_DAYS = 365.25;

    private Season() {}

    static double sin(LocalDate day) {
        return Math.sin(angle(day));
    }

    static double cos(LocalDate day) {
        return Math.cos(angle(day));
    }

    private static double angle(LocalDate day) {
        return 2 * Math.PI * day.getDayOfYear() / YEAR_DAYS;
    }

    /** Meteorological season of a day: winter (Dec–Feb), spring (Mar–May), summer (Jun–Aug), autumn (Sep–Nov). */
    static String of(LocalDate day) {
        return switch (day.getMonth()) {
            case DECEMBER, JANUARY, FEBRUARY -> "winter";
            case MARCH, APRIL, MAY -> "spring";
            case JUNE, JULY, AUGUST -> "summer";
            default -> "autumn";
        };
    }

    /** Mean absolute error over the forecast days of one season; NaN when it has none. */
    static double mae(double[] forecast, double[] observed, LocalDate[] days, String season) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < forecast.length; i++) {
            if (of(days[i]).equals(season)) {
                sum += Math.abs(forecast[i] - observed[i]);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
