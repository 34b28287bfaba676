package com.lepton.caselibrary.plugins.finance;

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

    /** Reads the CSV text: a header line, then one row per trading day (commons-csv through {@link CsvTables}). */
    public static PriceSeries read(Reader source) throws IOException {
        List<LocalDate> dates = new ArrayList<>();
        List<Double> closes = new ArrayList<>();
        for (CsvTables.Row row : CsvTables.rows(source, FILE_NAME, "date", "close")) {
            LocalDate date;
            double close;
            try {
                date = LocalDate.parse(row.get("date"));
                close = Double.parseDouble(row.get("close"));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IOException("line " + row.line() + ": cannot read date or close: " + row.fields(), e);
            }
            if (!(close > 0) || !Double.isFinite(close)) {
                throw new IOException("line " + row.line() + ": close must be a positive number: " + row.get("close"));
            }
            if (!dates.isEmpty() && !date.isAfter(dates.getLast())) {
                throw new IOException("line " + row.line() + ": " + date + " does not follow " + dates.getLast()
                        + " (rows must be in date order, without repeats)");
            }
            dates.add(date);
            closes.add(close);
        }
        return new PriceSeries(
                dates.toArray(LocalDate[]::new),
                closes.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
