package com.lepton.caselibrary.plugins.finance;

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
 * Reads the daily index file of {@code vega-datasets}, {@code data/sp500-2000.csv}:
 * <pre>
 * date,open,high,low,close,adjclose,volume
 * 2000-01-03,1469.250000,1478.000000,1438.359985,1455.219971,1455.219971,931800000
 * </pre>
 * Columns are found by their header names ({@code date} and {@code close}), so their order does not
 * matter. Rows must be in date order without repeats; a missing or non-positive close is an error
 * with its line number, never silently skipped.
 */
public final class Sp500Csv {

    /** The file's name in the package's {@code data/} folder. */
    public static final String FILE_NAME = "sp500-2000.csv";

    private Sp500Csv() {}

    /** Reads {@value #FILE_NAME} from a directory (the installed package's {@code data/}). */
    public static PriceSeries load(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IOException(FILE_NAME + " not found in " + directory
                    + " (install it with: npm install --prefix data/datasets vega-datasets@3.2.1)");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    /** Reads the CSV text: a header line, then one row per trading day. */
    public static PriceSeries read(Reader source) throws IOException {
        BufferedReader reader = source instanceof BufferedReader buffered ? buffered : new BufferedReader(source);
        String header = reader.readLine();
        if (header == null) {
            throw new IOException("empty CSV file");
        }
        String[] names = header.strip().replace("\uFEFF", "").split(",");
        int dateColumn = column(names, "date");
        int closeColumn = column(names, "close");
        List<LocalDate> dates = new ArrayList<>();
        List<Double> closes = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.strip().split(",", -1);
            if (fields.length <= Math.max(dateColumn, closeColumn)) {
                throw new IOException(
                        "line " + lineNumber + ": expected " + names.length + " fields, found " + fields.length);
            }
            LocalDate date;
            double close;
            try {
                date = LocalDate.parse(fields[dateColumn].strip());
                close = Double.parseDouble(fields[closeColumn].strip());
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IOException("line " + lineNumber + ": cannot read date or close: " + line, e);
            }
            if (!(close > 0) || !Double.isFinite(close)) {
                throw new IOException(
                        "line " + lineNumber + ": close must be a positive number: " + fields[closeColumn]);
            }
            if (!dates.isEmpty() && !date.isAfter(dates.getLast())) {
                throw new IOException("line " + lineNumber + ": " + date + " does not follow " + dates.getLast()
                        + " (rows must be in date order, without repeats)");
            }
            dates.add(date);
            closes.add(close);
        }
        return new PriceSeries(
                dates.toArray(LocalDate[]::new),
                closes.stream().mapToDouble(Double::doubleValue).toArray());
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
