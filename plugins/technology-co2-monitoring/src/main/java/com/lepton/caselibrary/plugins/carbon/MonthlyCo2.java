package com.lepton.caselibrary.plugins.carbon;

import java.time.YearMonth;
import java.util.Arrays;

/**
 * Monthly mean CO₂ readings, oldest first; months without a reading are simply absent.
 *
 * @param months the month of each reading, strictly increasing
 * @param ppm    the monthly mean mole fraction, parts per million
 */
record MonthlyCo2(YearMonth[] months, double[] ppm) {

    MonthlyCo2 {
        if (months.length != ppm.length) {
            throw new IllegalArgumentException(months.length + " months but " + ppm.length + " readings");
        }
        for (int i = 1; i < months.length; i++) {
            if (!months[i].isAfter(months[i - 1])) {
                throw new IllegalArgumentException("months out of order at " + months[i]);
            }
        }
        months = months.clone();
        ppm = ppm.clone();
    }

    int count() {
        return months.length;
    }

    YearMonth month(int index) {
        return months[index];
    }

    double reading(int index) {
        return ppm[index];
    }

    /** True when the readings {@code from..to} (inclusive) are for consecutive months, with no gap. */
    boolean consecutive(int from, int to) {
        return from >= 0
                && to < months.length
                && months[from].plusMonths(to - from).equals(months[to]);
    }

    /** The readings {@code from..to} (inclusive). */
    double[] readings(int from, int to) {
        return Arrays.copyOfRange(ppm, from, to + 1);
    }
}
