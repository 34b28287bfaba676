package com.lepton.caselibrary.trainingkit;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a UTF-8 CSV file with a header line into rows keyed by column name (commons-csv). */
public final class CsvTables {

    /**
     * One data row with the line it ends on, for messages.
     *
     * @param line   the row's line number in the file, the header being line 1
     * @param fields the row's fields by column name in lower case
     */
    public record Row(long line, Map<String, String> fields) {

        /** The field of {@code column}, whatever the case of its name in the header. */
        public String get(String column) {
            return fields.get(column.toLowerCase(Locale.ROOT));
        }
    }

    private CsvTables() {}

    /**
     * Every row of {@code reader} with its line number; columns are matched whatever their case and a
     * byte-order mark is passed over. Fails naming {@code name} when the text is empty, lacks one of
     * {@code required} columns, or a row has more or fewer fields than the header.
     */
    public static List<Row> rows(Reader reader, String name, String... required) throws IOException {
        PushbackReader source = new PushbackReader(reader);
        int first = source.read();
        if (first != -1 && first != '\uFEFF') {
            source.unread(first);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setTrim(true)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(source, format)) {
            if (parser.getHeaderNames().isEmpty()) {
                throw new IOException(name + " is an empty CSV file");
            }
            for (String column : required) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IOException(name + " has no column '" + column + "': " + parser.getHeaderNames());
                }
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new IOException(name + " line " + line + ": expected "
                            + parser.getHeaderNames().size() + " fields, found " + record.size());
                }
                Map<String, String> fields = new LinkedHashMap<>();
                record.toMap().forEach((column, value) -> fields.put(column.toLowerCase(Locale.ROOT), value));
                rows.add(new Row(line, fields));
            }
        }
        return rows;
    }

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
