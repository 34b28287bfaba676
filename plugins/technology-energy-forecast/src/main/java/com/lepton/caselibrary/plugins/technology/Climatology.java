package com.lepton.caselibrary.plugins.technology;

import java.time.LocalDate;

/**
 * The seasonal baseline: for each day of the year, the mean maximum temperature of the training
 * days within {@code halfWidth} days of it (circularly, so late December borrows from early
 * January). Each training day counts once, so a smoothing window that holds more training years
 * on one side is weighted by what is there, not by calendar days. Days are counted on a 365-day
 * calendar: 29 February shares 28 February's slot, so 1 March is day 60 in every year.
 */
final class Climatology {

    /** Slots of the 365-day calendar. */
    static final int DAYS = 365;
    /** The default smoothing: a month-wide window (15 days each side). */
    static final int DEFAULT_HALF_WIDTH = 15;

    private final double[] byDayOfYear;

    private Climatology(double[] byDayOfYear) {
        this.byDayOfYear = byDayOfYear;
    }

    /** Fits the climatology on the given days (the training period) of a series. */
    static Climatology fit(LocalDate[] dates, double[] values, int halfWidth) {
        if (halfWidth < 0 || 2 * halfWidth + 1 > DAYS) {
            throw new IllegalArgumentException("half width must lie in [0, 182]: " + halfWidth);
        }
        double[] sums = new double[DAYS];
        int[] counts = new int[DAYS];
        for (int i = 0; i < dates.length; i++) {
            int d = slot(dates[i]);
            sums[d] += values[i];
            counts[d]++;
        }
        double[] means = new double[DAYS];
        for (int d = 0; d < DAYS; d++) {
            double sum = 0;
            int count = 0;
            for (int offset = -halfWidth; offset <= halfWidth; offset++) {
                int k = Math.floorMod(d + offset, DAYS);
                sum += sums[k];
                count += counts[k];
            }
            if (count == 0) {
                throw new IllegalArgumentException(
                        "no training day within " + halfWidth + " days of day " + (d + 1) + " of the year");
            }
            means[d] = sum / count;
        }
        return new Climatology(means);
    }

    /** The seasonal forecast for a day. */
    double forecast(LocalDate day) {
        return byDayOfYear[slot(day)];
    }

    /** The day's slot, 0 to 364, on a 365-day calendar (29 February shares 28 February's). */
    static int slot(LocalDate day) {
        int index = day.getDayOfYear() - 1;
        return day.isLeapYear() && index >= 59 ? index - 1 : index;
    }

    /** The seasonal forecast for each day. */
    double[] forecast(LocalDate[] days) {
        double[] values = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            values[i] = forecast(days[i]);
        }
        return values;
    }
}
