package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

    @Test
    void numbersRowsByTheirLineAndMatchesColumnsWhateverTheirCase() throws IOException {
        List<CsvTables.Row> rows = CsvTables.rows(
                new StringReader("\uFEFFDate,Close\n2020-01-02, 10.5\n\"2020-01-03\",11"),
                "prices.csv",
                "date",
                "close");

        assertThat(rows).extracting(CsvTables.Row::line).containsExactly(2L, 3L);
        assertThat(rows.getFirst().get("date")).isEqualTo("2020-01-02");
        assertThat(rows.getFirst().get("CLOSE")).isEqualTo("10.5");
        assertThat(rows.getLast().get("close")).isEqualTo("11");
    }

    @Test
    void namesTheFileTheColumnAndTheLineOfWhatIsWrong() {
        assertThatThrownBy(() -> CsvTables.rows(new StringReader(""), "prices.csv", "date"))
                .isInstanceOf(IOException.class)
                .hasMessage("prices.csv is an empty CSV file");
        assertThatThrownBy(() -> CsvTables.rows(new StringReader("date,open\n2020-01-02,1\n"), "prices.csv", "close"))
                .hasMessageContaining("prices.csv has no column 'close'");
        assertThatThrownBy(() -> CsvTables.rows(new StringReader("date,close\n2020-01-02,1\n2020-01-03\n"), "p.csv"))
                .hasMessage("p.csv line 3: expected 2 fields, found 1");
    }
}
