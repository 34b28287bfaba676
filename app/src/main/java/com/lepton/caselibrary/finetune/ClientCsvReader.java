package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.LabelledExample;
import com.lepton.caselibrary.demo.DemoProperties;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads a client's labelled messages: a UTF-8 CSV (RFC 4180, commons-csv) with a header naming a {@code text} and
 * a {@code label} column, one message per row. Nothing is written to disk. Refused as a whole: a file over the
 * size limit, more rows than allowed, broken quoting, no such header; and, listed row by row, cells that start
 * like a spreadsheet formula ({@code = + - @}, so the set cannot turn into one when a colleague opens it), labels
 * the case does not know, empty texts and texts longer than a demo accepts. Then as {@link ClientSet#split}.
 */
@Component
@RequiredArgsConstructor
class ClientCsvReader {

    static final String TEXT = "text";
    static final String LABEL = "label";

    private static final ClientCsv FORM =
            new ClientCsv("finetune.error.csv.header", "finetune.error.csv.too-many-rows", TEXT, LABEL);

    private final FineTuneProperties limits;
    private final DemoProperties demo;

    ClientSet read(byte[] csv, List<String> classes, int caseMinimum) throws ClientSetException {
        Map<String, List<LabelledExample>> byClass = ClientSet.emptyClasses(classes);
        FORM.read(csv, limits, limits.maxEntries(), (row, line) -> check(row, line, byClass));
        return ClientSet.split(byClass, caseMinimum, limits);
    }

    /** Adds the row's example to its class, or answers why it is refused. */
    private ClientSetException.Refusal check(CSVRecord row, String line, Map<String, List<LabelledExample>> byClass) {
        String text = row.get(TEXT);
        String label = row.get(LABEL).strip();
        if (ClientCsv.formula(text) || ClientCsv.formula(label)) {
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
}
