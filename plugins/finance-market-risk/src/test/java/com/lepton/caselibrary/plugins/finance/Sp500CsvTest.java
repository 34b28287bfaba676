package com.lepton.caselibrary.plugins.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sp500CsvTest {

    private static final String CSV = """
            date,open,high,low,close,adjclose,volume
            2000-01-03,1469.250000,1478.000000,1438.359985,1455.219971,1455.219971,931800000
            2000-01-04,1455.219971,1455.219971,1397.430054,1399.420044,1399.420044,1009000000

            2000-01-05,1399.420044,1413.270020,1377.680054,1402.109985,1402.109985,1085500000
            """;

    @Test
    void readsDatesAndClosesByHeaderName() throws IOException {
        PriceSeries series = Sp500Csv.read(new StringReader(CSV));

        assertThat(series.count()).isEqualTo(3);
        assertThat(series.dates())
                .containsExactly(LocalDate.of(2000, 1, 3), LocalDate.of(2000, 1, 4), LocalDate.of(2000, 1, 5));
        assertThat(series.closes()).containsExactly(1455.219971, 1399.420044, 1402.109985);
        assertThat(series.logReturns()[0]).isCloseTo(Math.log(1399.420044 / 1455.219971), Offset.offset(1e-15));
    }

    @Test
    void findsTheColumnsInAnyOrder() throws IOException {
        PriceSeries series = Sp500Csv.read(new StringReader("Close,Date\n10.5,2020-01-02\n11,2020-01-03\n"));

        assertThat(series.closes()).containsExactly(10.5, 11.0);
        assertThat(series.date(1)).isEqualTo(LocalDate.of(2020, 1, 3));
    }

    @Test
    void refusesRowsOutOfOrderOrRepeated() {
        assertThatThrownBy(() -> Sp500Csv.read(new StringReader("date,close\n2020-01-03,10\n2020-01-02,11\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("date order");
        assertThatThrownBy(() -> Sp500Csv.read(new StringReader("date,close\n2020-01-03,10\n2020-01-03,11\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void refusesMissingOrNonPositiveCloses() {
        assertThatThrownBy(() -> Sp500Csv.read(new StringReader("date,close\n2020-01-02,0\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> Sp500Csv.read(new StringReader("date,close\n2020-01-02,\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> Sp500Csv.read(new StringReader("date,close\n2020-01-02,abc\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void refusesAFileWithoutTheNeededColumns() {
        assertThatThrownBy(() -> Sp500Csv.read(new StringReader("date,open\n2020-01-02,1\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("'close'");
        assertThatThrownBy(() -> Sp500Csv.read(new StringReader("")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void tellsHowToInstallTheDataWhenTheFileIsMissing(@TempDir Path empty) {
        assertThatThrownBy(() -> Sp500Csv.load(empty))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("sp500-2000.csv")
                .hasMessageContaining("npm install --prefix data/datasets vega-datasets@3.2.1");
    }

    @Test
    void findsTheLastTradingDayOnOrBeforeADate() throws IOException {
        PriceSeries series = Sp500Csv.read(new StringReader(CSV));

        assertThat(series.indexOnOrBefore(LocalDate.of(2000, 1, 4))).isEqualTo(1);
        assertThat(series.indexOnOrBefore(LocalDate.of(2000, 1, 9))).isEqualTo(2);
        assertThat(series.indexOnOrBefore(LocalDate.of(1999, 12, 31))).isEqualTo(-1);
    }
}
