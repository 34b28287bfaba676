package com.lepton.caselibrary.plugins.technology;

import com.lepton.caselibrary.trainingkit.CsvTables;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the daily Seattle weather file of {@code vega-datasets}, {@code data/seattle-weather.csv}:
 * <pre>
 * date,precipitation,temp_max,temp_min,wind,weather
 * 2012-01-01,0.0,12.8,5.0,4.7,drizzle
 * </pre>
 * Columns are found by their header names, so their order does not matter. The categorical
 * {@code weather} column is not read (the package's notes say it was synthesized from the other
 * fields). Days must follow each other without gaps or repeats, and every value must be a number
 * within physical limits; anything else is an error with its line number, never silently skipped.
 */
public final class SeattleWeatherCsv {

    /** The file's name in the package's {@code data/} folder. */
    public static final String FILE_NAME = "seattle-weather.csv";

    /** Temperatures outside this range (°C) are taken for errors in the file. */
    static final double MIN_TEMPERATURE = -60;

    static final double MAX_TEMPERATURE = 60;

    private SeattleWeatherCsv() {}

    /** Reads {@value #FILE_NAME} from a directory (the installed package's {@code data/}). */
    public static WeatherSeries load(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IOException(FILE_NAME + " not found in " + directory
                    + " (install it with: npm install --prefix data/datasets vega-datasets@3.2.1)");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    /** Reads the CSV text: a header line, then one row per day (commons-csv through {@link CsvTables}). */
    public static WeatherSeries read(Reader source) throws IOException {
        List<LocalDate> dates = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (CsvTables.Row row :
                CsvTables.rows(source, FILE_NAME, "date", "precipitation", "temp_max", "temp_min", "wind")) {
            long line = row.line();
            LocalDate date;
            try {
                date = LocalDate.parse(row.get("date"));
            } catch (DateTimeParseException e) {
                throw new IOException("line " + line + ": cannot read the date: " + row.get("date"), e);
            }
            if (!dates.isEmpty()) {
                LocalDate previous = dates.getLast();
                if (!date.isAfter(previous)) {
                    throw new IOException("line " + line + ": " + date + " does not follow " + previous
                            + " (rows must be in date order, without repeats)");
                }
                if (!date.equals(previous.plusDays(1))) {
                    throw new IOException(
                            "line " + line + ": gap in the dates, " + previous + " is followed by " + date);
                }
            }
            double precipitation = number(row, "precipitation", 0, 1000);
            double tempMax = number(row, "temp_max", MIN_TEMPERATURE, MAX_TEMPERATURE);
            double tempMin = number(row, "temp_min", MIN_TEMPERATURE, MAX_TEMPERATURE);
            double wind = number(row, "wind", 0, 100);
            if (tempMin > tempMax) {
                throw new IOException("line " + line + ": temp_min " + tempMin + " exceeds temp_max " + tempMax);
            }
            dates.add(date);
            rows.add(new double[] {precipitation, tempMax, tempMin, wind});
        }
        int n = dates.size();
        double[][] columns = new double[4][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 4; c++) {
                columns[c][i] = rows.get(i)[c];
            }
        }
        return new WeatherSeries(dates.toArray(LocalDate[]::new), columns[0], columns[1], columns[2], columns[3]);
    }

    private static double number(CsvTables.Row row, String name, double min, double max) throws IOException {
        String text = row.get(name);
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IOException("line " + row.line() + ": " + name + " is not a number: '" + text + "'", e);
        }
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new IOException(
                    "line " + row.line() + ": " + name + " " + text + " is outside [" + min + ", " + max + "]");
        }
        return value;
    }
}
