package com.lepton.caselibrary.trainingkit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a UTF-8 CSV file with a header line into rows keyed by column name (commons-csv). */
public final class CsvTables {

    private CsvTables() {}

    /** Every row of {@code file}; fails naming the file when a row lacks one of {@code required} columns. */
    public static List<Map<String, String>> read(Path file, String... required) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), required);
        }
    }

    /** Every row read from {@code reader}; {@code name} says where it came from in messages. */
    public static List<Map<String, String>> read(Reader reader, String name, String... required) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : required) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IOException(name + " has no column '" + column + "'");
                }
            }
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new IOException(name + " line " + record.getRecordNumber() + " has " + record.size()
                            + " fields, the header " + parser.getHeaderNames().size());
                }
                rows.add(record.toMap());
            }
        }
        return rows;
    }
}
