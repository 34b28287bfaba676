package com.lepton.caselibrary.finetune;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads a client's series for a forecasting case: a UTF-8 CSV (RFC 4180, commons-csv) with a header naming a
 * {@code date} (ISO {@code YYYY-MM-DD}) and a {@code value} column, one row per date, oldest first. Nothing is
 * written to disk. Refused as a whole: a file over the size limit, broken quoting, no such header, more rows than
 * the case takes, fewer than it needs; and, listed row by row, formula cells, dates and values that do not parse
 * or are missing, dates repeated or out of order. The spacing of the dates and the range of the values are the
 * plugin's to check: only it knows them.
 */
@Component
@RequiredArgsConstructor
class SeriesCsvReader {

    static final String DATE = "date";
    static final String VALUE = "value";
    private static final ClientCsv FORM =
            new ClientCsv("finetune.error.series.header", "finetune.error.series.too-many-rows", DATE, VALUE);
    /** A plain decimal number: "-1.5" is a value, not a formula, though it starts with a minus. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final FineTuneProperties limits;

    ClientSeries read(byte[] csv, int minimumLength, int maximumLength) throws ClientSetException {
        List<LocalDate> dates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        int rows = FORM.read(csv, limits, maximumLength, (row, line) -> check(row, line, seen, dates, values));
        if (rows == 0) {
            throw new ClientSetException("finetune.error.empty");
        }
        if (rows < minimumLength) {
            throw new ClientSetException("finetune.error.series.too-few-rows", rows, minimumLength);
        }
        return new ClientSeries(dates, values);
    }

    /** Adds the row's date and value, or answers why it is refused. */
    private static ClientSetException.Refusal check(
            CSVRecord row, String line, Set<LocalDate> seen, List<LocalDate> dates, List<Double> values) {
        String dateCell = row.get(DATE).strip();
        String valueCell = row.get(VALUE).strip();
        if (ClientCsv.formula(row.get(DATE))
                || (ClientCsv.formula(row.get(VALUE))
                        && !NUMBER.matcher(valueCell).matches())) {
            return new ClientSetException.Refusal(line, "finetune.refused.csv.formula");
        }
        if (dateCell.isEmpty() || valueCell.isEmpty()) {
            return new ClientSetException.Refusal(line, "finetune.refused.series.missing");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateCell);
        } catch (DateTimeParseException e) {
            return new ClientSetException.Refusal(line, "finetune.refused.series.date", dateCell);
        }
        if (!NUMBER.matcher(valueCell).matches() || !Double.isFinite(Double.parseDouble(valueCell))) {
            return new ClientSetException.Refusal(line, "finetune.refused.series.value", valueCell);
        }
        if (!seen.add(date)) {
            return new ClientSetException.Refusal(line, "finetune.refused.series.duplicate", dateCell);
        }
        if (!dates.isEmpty() && date.isBefore(dates.getLast())) {
            return new ClientSetException.Refusal(
                    line,
                    "finetune.refused.series.order",
                    dateCell,
                    dates.getLast().toString());
        }
        dates.add(date);
        values.add(Double.parseDouble(valueCell));
        return null;
    }
}
