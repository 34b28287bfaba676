package com.lepton.caselibrary.plugins.carbon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code co2-concentration.csv} from vega-datasets: the Mauna Loa monthly mean CO₂ record of
 * the Scripps CO₂ Program, with the header {@code Date,CO2,adjusted CO2} and one row per month
 * ({@code 1958-03-01,315.70,314.44}). Only the measured column is used; the seasonally adjusted one
 * would hand the model the answer to half its question.
 */
final class Co2Csv {

    static final String FILE_NAME = "co2-concentration.csv";
    /** Readings outside this range are not CO₂ in ppm: a corrupt file, or another file. */
    static final double MIN_PPM = 250;

    static final double MAX_PPM = 1000;

    private Co2Csv() {}

    static MonthlyCo2 load(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IOException(FILE_NAME + " not found in " + directory
                    + "; run npm install --prefix data/datasets vega-datasets@3.2.1");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        }
    }

    static MonthlyCo2 read(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        String header = reader.readLine();
        if (header == null || !header.strip().startsWith("Date,CO2")) {
            throw new IOException("expected the header Date,CO2,... of " + FILE_NAME + ", got " + header);
        }
        List<YearMonth> months = new ArrayList<>();
        List<Double> readings = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length < 2) {
                throw new IOException("line " + lineNumber + ": expected Date,CO2,... but got " + line);
            }
            try {
                YearMonth month = YearMonth.from(LocalDate.parse(cells[0].strip()));
                double ppm = Double.parseDouble(cells[1].strip());
                if (!(ppm >= MIN_PPM && ppm <= MAX_PPM)) {
                    throw new IOException("line " + lineNumber + ": " + ppm + " ppm is not a CO2 reading");
                }
                if (!months.isEmpty() && !month.isAfter(months.getLast())) {
                    throw new IOException("line " + lineNumber + ": " + month + " does not follow " + months.getLast());
                }
                months.add(month);
                readings.add(ppm);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IOException("line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        if (months.isEmpty()) {
            throw new IOException(FILE_NAME + " has no readings");
        }
        return new MonthlyCo2(
                months.toArray(YearMonth[]::new),
                readings.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
