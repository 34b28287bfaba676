package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.LabelledExample;
import com.lepton.caselibrary.demo.DemoProperties;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.springframework.stereotype.Component;

/**
 * Reads a client's labelled messages: a UTF-8 CSV (RFC 4180, commons-csv) with a header naming a {@code text} and
 * a {@code label} column, one message per row. Nothing is written to disk. Refused as a whole: a file over the
 * size limit, more rows than allowed, broken quoting, no such header; and, listed row by row, cells that start
 * like a spreadsheet formula ({@code = + - @}, so the set cannot turn into one when a colleague opens it), labels
 * the case does not know, empty texts and texts longer than a demo accepts. Then as {@link ClientSet#split}.
 */
@Component
class ClientCsvReader {

    static final String TEXT = "text";
    static final String LABEL = "label";
    /** Rows refused one by one that are listed; the count names all of them. */
    private static final int LISTED_REFUSALS = 50;

    private static final Pattern LINE = Pattern.compile("line:? (\\d+)");

    private final FineTuneProperties limits;
    private final DemoProperties demo;

    ClientCsvReader(FineTuneProperties limits, DemoProperties demo) {
        this.limits = limits;
        this.demo = demo;
    }

    ClientSet read(byte[] csv, List<String> classes, int caseMinimum) throws ClientSetException {
        Map<String, List<LabelledExample>> byClass = new LinkedHashMap<>();
        classes.forEach(label -> byClass.put(label, new ArrayList<>()));
        List<ClientSetException.Refusal> refused = new ArrayList<>();
        int refusedRows = 0;
        try (CSVParser parser = open(csv, limits, "finetune.error.csv.header", TEXT, LABEL)) {
            int rows = 0;
            for (CSVRecord row : parser) {
                if (++rows > limits.maxEntries()) {
                    throw new ClientSetException("finetune.error.csv.too-many-rows", limits.maxEntries());
                }
                ClientSetException.Refusal refusal = check(row, byClass);
                if (refusal != null && refusedRows++ < LISTED_REFUSALS) {
                    refused.add(refusal);
                }
            }
        } catch (IllegalArgumentException e) {
            // A header with a name missing or twice.
            throw new ClientSetException("finetune.error.csv.header");
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            // commons-csv reports an unclosed quote or text after a closing quote this way, with the line.
            throw new ClientSetException("finetune.error.csv.quoting", lineOf(e));
        }
        if (refusedRows > 0) {
            throw new ClientSetException(refused, "finetune.error.csv.refused-rows", refusedRows);
        }
        return ClientSet.split(byClass, Math.max(caseMinimum, limits.minExamplesPerClass()), limits);
    }

    /** Adds the row's example to its class, or answers why it is refused. */
    private ClientSetException.Refusal check(CSVRecord row, Map<String, List<LabelledExample>> byClass) {
        String line = Long.toString(row.getRecordNumber() + 1);
        if (!row.isConsistent()) {
            return new ClientSetException.Refusal(line, "finetune.refused.csv.columns");
        }
        String text = row.get(TEXT);
        String label = row.get(LABEL).strip();
        if (formula(text) || formula(label)) {
            return new ClientSetException.Refusal(line, "finetune.refused.csv.formula");
        }
        if (!byClass.containsKey(label)) {
            return new ClientSetException.Refusal(
                    line, "finetune.refused.csv.unknown-label", label, String.join(", ", byClass.keySet()));
        }
        if (text.isBlank()) {
            return new ClientSetException.Refusal(line, "finetune.refused.csv.empty-text");
        }
        if (text.length() > demo.maxTextChars()) {
            return new ClientSetException.Refusal(line, "finetune.refused.csv.text-too-long", demo.maxTextChars());
        }
        byClass.get(label).add(new LabelledExample(new DemoInput.Text(text), label));
        return null;
    }

    /**
     * A client's CSV opened for reading, as both readers take it: not empty, within the size limit, UTF-8, RFC 4180
     * with a header that names each column once and holds {@code columns} (else {@code headerKey}).
     */
    static CSVParser open(byte[] csv, FineTuneProperties limits, String headerKey, String... columns)
            throws ClientSetException, IOException {
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
    static Reader text(byte[] csv) throws ClientSetException {
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
    static String lineOf(Exception e) {
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
