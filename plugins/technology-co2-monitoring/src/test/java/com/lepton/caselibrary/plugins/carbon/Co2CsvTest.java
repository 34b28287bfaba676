package com.lepton.caselibrary.plugins.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Co2CsvTest {

    private static final String HEADER = "Date,CO2,adjusted CO2\n";

    @Test
    void readsMonthsAndTheMeasuredColumnKeepingGaps() throws IOException {
        MonthlyCo2 series = Co2Csv.read(new StringReader(
                HEADER + "1958-03-01,315.70,314.44\n1958-04-01,317.46,315.16\n\n1958-07-01,315.86,315.19\n"));

        assertThat(series.count()).isEqualTo(3);
        assertThat(series.months())
                .containsExactly(YearMonth.of(1958, 3), YearMonth.of(1958, 4), YearMonth.of(1958, 7));
        assertThat(series.ppm()).containsExactly(315.70, 317.46, 315.86);
        assertThat(series.consecutive(0, 1)).isTrue();
        assertThat(series.consecutive(1, 2)).isFalse();
    }

    @Test
    void refusesFilesThatAreNotTheCo2Record() {
        assertThatThrownBy(() -> Co2Csv.read(new StringReader("")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("header");
        assertThatThrownBy(() -> Co2Csv.read(new StringReader("date,precipitation\n2012-01-01,0.0\n")))
                .hasMessageContaining("header");
        assertThatThrownBy(() -> Co2Csv.read(new StringReader(HEADER))).hasMessageContaining("no readings");
        assertThatThrownBy(() -> Co2Csv.read(new StringReader(HEADER + "1958-03-01,abc,1\n")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> Co2Csv.read(new StringReader(HEADER + "March 1958,315.7,1\n")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> Co2Csv.read(new StringReader(HEADER + "1958-03-01,NaN,1\n")))
                .hasMessageContaining("not a CO2 reading");
        assertThatThrownBy(() -> Co2Csv.read(new StringReader(HEADER + "1958-03-01,31.57,1\n")))
                .hasMessageContaining("not a CO2 reading");
        assertThatThrownBy(() -> Co2Csv.read(new StringReader(HEADER + "1958-03-01\n")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> Co2Csv.read(new StringReader(HEADER + "1958-04-01,315,1\n1958-03-01,316,1\n")))
                .hasMessageContaining("does not follow");
    }

    @Test
    void namesTheInstallCommandWhenTheFileIsMissingAndRefusesBytesThatAreNotUtf8(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> Co2Csv.load(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("npm install");

        Files.write(
                dir.resolve(Co2Csv.FILE_NAME),
                (HEADER + "1958-03-01,315.70,\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Co2Csv.load(dir)).isInstanceOf(IOException.class);
    }
}
