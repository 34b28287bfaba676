package com.lepton.caselibrary.plugins.technology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /** Reads the CSV text: a header line, then one row per day. */
    public static WeatherSeries read(Reader source) throws IOException {
        BufferedReader reader = source instanceof BufferedReader buffered ? buffered : new BufferedReader(source);
        String header = reader.readLine();
        if (header == null) {
            throw new IOException("empty CSV file");
        }
        String[] names = header.strip().replace("\uFEFF", "").split(",");
        int dateColumn = column(names, "date");
        int precipitationColumn = column(names, "precipitation");
        int maxColumn = column(names, "temp_max");
        int minColumn = column(names, "temp_min");
        int windColumn = column(names, "wind");
        int needed = Math.max(
                Math.max(dateColumn, precipitationColumn), Math.max(Math.max(maxColumn, minColumn), windColumn));

        List<LocalDate> dates = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.strip().split(",", -1);
            if (fields.length <= needed) {
                throw new IOException(
                        "line " + lineNumber + ": expected " + names.length + " fields, found " + fields.length);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(fields[dateColumn].strip());
            } catch (DateTimeParseException e) {
                throw new IOException("line " + lineNumber + ": cannot read the date: " + fields[dateColumn], e);
            }
            if (!dates.isEmpty()) {
                LocalDate previous = dates.getLast();
                if (!date.isAfter(previous)) {
                    throw new IOException("line " + lineNumber + ": " + date + " does not follow " + previous
                            + " (rows must be in date order, without repeats)");
                }
                if (!date.equals(previous.plusDays(1))) {
                    throw new IOException(
                            "line " + lineNumber + ": gap in the dates, " + previous + " is followed by " + date);
                }
            }
            double precipitation = number(fields, precipitationColumn, "precipitation", lineNumber, 0, 1000);
            double tempMax = number(fields, maxColumn, "temp_max", lineNumber, MIN_TEMPERATURE, MAX_TEMPERATURE);
            double tempMin = number(fields, minColumn, "temp_min", lineNumber, MIN_TEMPERATURE, MAX_TEMPERATURE);
            double wind = number(fields, windColumn, "wind", lineNumber, 0, 100);
            if (tempMin > tempMax) {
                throw new IOException("line " + lineNumber + ": temp_min " + tempMin + " exceeds temp_max " + tempMax);
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

    private static double number(String[] fields, int column, String name, int lineNumber, double min, double max)
            throws IOException {
        String text = fields[column].strip();
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IOException("line " + lineNumber + ": " + name + " is not a number: '" + text + "'", e);
        }
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new IOException(
                    "line " + lineNumber + ": " + name + " " + text + " is outside [" + min + ", " + max + "]");
        }
        return value;
    }

    private static int column(String[] names, String wanted) throws IOException {
        for (int i = 0; i < names.length; i++) {
            if (names[i].strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        throw new IOException("CSV header has no '" + wanted + "' column: " + String.join(",", names));
    }
}
