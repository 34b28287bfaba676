package com.lepton.caselibrary.finetune;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A client's CSV of one form, read the same way whatever its rows hold ({@link ClientCsvReader}'s texts and labels,
 * {@link SeriesCsvReader}'s dates and values): not empty, within the size limit, UTF-8, RFC 4180 with a header that
 * names each column once and holds {@code columns} (else {@code headerKey}), at most so many rows (else
 * {@code tooManyRowsKey}), broken quoting refused with its line; each row checked in turn, and the rows refused
 * listed together.
 */
record ClientCsv(String headerKey, String tooManyRowsKey, List<String> columns) {

    /** Rows refused one by one that are listed; the count names all of them. */
    private static final int LISTED_REFUSALS = 50;

    private static final Pattern LINE = Pattern.compile("line:? (\\d+)");

    ClientCsv(String headerKey, String tooManyRowsKey, String... columns) {
        this(headerKey, tooManyRowsKey, List.of(columns));
    }

    /** Takes a row whose columns match the header: adds what it holds, or answers why it is refused. */
    interface RowCheck {
        ClientSetException.Refusal check(CSVRecord row, String line);
    }

    /**
     * Checks every row; refused as a whole when any row is refused.
     *
     * @return how many rows there were
     */
    int read(byte[] csv, FineTuneProperties limits, int maximumRows, RowCheck check) throws ClientSetException {
        List<ClientSetException.Refusal> refused = new ArrayList<>();
        int refusedRows = 0;
        int rows = 0;
        try (CSVParser parser = open(csv, limits)) {
            for (CSVRecord row : parser) {
                if (++rows > maximumRows) {
                    throw new ClientSetException(tooManyRowsKey, maximumRows);
                }
                String line = Long.toString(row.getRecordNumber() + 1);
                ClientSetException.Refusal refusal = row.isConsistent()
                        ? check.check(row, line)
                        : new ClientSetException.Refusal(line, "finetune.refused.csv.columns");
                if (refusal != null && refusedRows++ < LISTED_REFUSALS) {
                    refused.add(refusal);
                }
            }
        } catch (IllegalArgumentException e) {
            // A header with a name missing or twice.
            throw new ClientSetException(headerKey);
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            // commons-csv reports an unclosed quote or text after a closing quote this way, with the line.
            throw new ClientSetException("finetune.error.csv.quoting", lineOf(e));
        }
        if (refusedRows > 0) {
            throw new ClientSetException(refused, "finetune.error.csv.refused-rows", refusedRows);
        }
        return rows;
    }

    private CSVParser open(byte[] csv, FineTuneProperties limits) throws ClientSetException, IOException {
        if (csv.length == 0) {
            throw new ClientSetException("finetune.error.empty");
        }
        if (csv.length > limits.maxArchiveBytes()) {
            throw new ClientSetException("finetune.error.too-large", limits.maxArchiveBytes() >> 20);
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .get();
        CSVParser parser = CSVParser.parse(text(csv), format);
        for (String column : columns) {
            if (!parser.getHeaderMap().containsKey(column)) {
                parser.close();
                throw new ClientSetException(headerKey);
            }
        }
        return parser;
    }

    /** A cell a spreadsheet would run as a formula (OWASP's CSV injection list, tab and carriage return too). */
    static boolean formula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    /** The bytes as UTF-8 text without a byte order mark; anything that is not UTF-8 is refused. */
    private static Reader text(byte[] csv) throws ClientSetException {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(csv))
                    .toString();
            return new StringReader(text.startsWith("\ufeff") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw new ClientSetException("finetune.error.csv.encoding");
        }
    }

    /** The line commons-csv names in its message ("... (line 12) ..."), or "?" when it names none. */
    private static String lineOf(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            Matcher matcher = LINE.matcher(message);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return "?";
    }
}
