package com.lepton.caselibrary.plugins.technology;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Daily weather observations for one place, one row per calendar day without gaps, oldest first.
 *
 * @param dates         the days, consecutive
 * @param precipitation precipitation (mm)
 * @param tempMax       maximum temperature (°C)
 * @param tempMin       minimum temperature (°C)
 * @param wind          mean wind speed (m/s)
 */
public record WeatherSeries(
        LocalDate[] dates, double[] precipitation, double[] tempMax, double[] tempMin, double[] wind) {

    public WeatherSeries {
        Objects.requireNonNull(dates, "dates");
        int n = dates.length;
        if (precipitation.length != n || tempMax.length != n || tempMin.length != n || wind.length != n) {
            throw new IllegalArgumentException("every column needs one value per day");
        }
        for (int i = 1; i < n; i++) {
            if (!dates[i].equals(dates[i - 1].plusDays(1))) {
                throw new IllegalArgumentException(dates[i] + " does not follow " + dates[i - 1] + " by one day");
            }
        }
        dates = dates.clone();
        precipitation = precipitation.clone();
        tempMax = tempMax.clone();
        tempMin = tempMin.clone();
        wind = wind.clone();
    }

    /** Number of days. */
    public int count() {
        return dates.length;
    }

    /** The day of row {@code i}. */
    public LocalDate date(int i) {
        return dates[i];
    }

    /** Maximum temperature (°C) of row {@code i}. */
    public double tempMax(int i) {
        return tempMax[i];
    }

    /** The row of a day, or -1 when the day is not in the series. */
    public int indexOf(LocalDate day) {
        if (dates.length == 0) {
            return -1;
        }
        long offset = day.toEpochDay() - dates[0].toEpochDay();
        return offset >= 0 && offset < dates.length ? (int) offset : -1;
    }

    @Override
    public LocalDate[] dates() {
        return dates.clone();
    }

    @Override
    public double[] precipitation() {
        return precipitation.clone();
    }

    @Override
    public double[] tempMax() {
        return tempMax.clone();
    }

    @Override
    public double[] tempMin() {
        return tempMin.clone();
    }

    @Override
    public double[] wind() {
        return wind.clone();
    }
}
