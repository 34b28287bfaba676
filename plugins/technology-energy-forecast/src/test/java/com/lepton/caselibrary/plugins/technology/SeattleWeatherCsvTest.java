package com.lepton.caselibrary.plugins.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeattleWeatherCsvTest {

    private static final String CSV = """
            date,precipitation,temp_max,temp_min,wind,weather
            2012-01-01,0.0,12.8,5.0,4.7,drizzle
            2012-01-02,10.9,10.6,2.8,4.5,rain

            2012-01-03,0.8,11.7,7.2,2.3,rain
            """;

    @Test
    void readsEveryColumnByHeaderName() throws IOException {
        WeatherSeries series = SeattleWeatherCsv.read(new StringReader(CSV));

        assertThat(series.count()).isEqualTo(3);
        assertThat(series.dates())
                .containsExactly(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 2), LocalDate.of(2012, 1, 3));
        assertThat(series.precipitation()).containsExactly(0.0, 10.9, 0.8);
        assertThat(series.tempMax()).containsExactly(12.8, 10.6, 11.7);
        assertThat(series.tempMin()).containsExactly(5.0, 2.8, 7.2);
        assertThat(series.wind()).containsExactly(4.7, 4.5, 2.3);
        assertThat(series.indexOf(LocalDate.of(2012, 1, 3))).isEqualTo(2);
        assertThat(series.indexOf(LocalDate.of(2012, 1, 4))).isEqualTo(-1);
    }

    @Test
    void findsTheColumnsInAnyOrderAndIgnoresTheWeatherLabel() throws IOException {
        WeatherSeries series = SeattleWeatherCsv.read(
                new StringReader(
                        "\uFEFFweather,Wind,TEMP_MIN,temp_max,precipitation,date\nsun,1.5,-2.0,3.5,0,2015-12-31\nfog,2,-1,4,0.5,2016-01-01\n"));

        assertThat(series.tempMax()).containsExactly(3.5, 4.0);
        assertThat(series.tempMin()).containsExactly(-2.0, -1.0);
        assertThat(series.date(1)).isEqualTo(LocalDate.of(2016, 1, 1));
    }

    @Test
    void refusesGapsRepeatsAndRowsOutOfOrder() {
        String header = "date,precipitation,temp_max,temp_min,wind\n";
        assertThatThrownBy(() ->
                        SeattleWeatherCsv.read(new StringReader(header + "2012-01-01,0,10,5,3\n2012-01-03,0,10,5,3\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("gap");
        assertThatThrownBy(() ->
                        SeattleWeatherCsv.read(new StringReader(header + "2012-01-01,0,10,5,3\n2012-01-01,0,10,5,3\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("date order");
        assertThatThrownBy(() ->
                        SeattleWeatherCsv.read(new StringReader(header + "2012-01-02,0,10,5,3\n2012-01-01,0,10,5,3\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void refusesMissingOrImpossibleValues() {
        String header = "date,precipitation,temp_max,temp_min,wind\n";
        assertThatThrownBy(() -> SeattleWeatherCsv.read(new StringReader(header + "2012-01-01,0,,5,3\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("temp_max");
        assertThatThrownBy(() -> SeattleWeatherCsv.read(new StringReader(header + "2012-01-01,0,abc,5,3\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> SeattleWeatherCsv.read(new StringReader(header + "2012-01-01,0,95,5,3\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("outside");
        assertThatThrownBy(() -> SeattleWeatherCsv.read(new StringReader(header + "2012-01-01,-1,10,5,3\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("precipitation");
        assertThatThrownBy(() -> SeattleWeatherCsv.read(new StringReader(header + "2012-01-01,0,4,5,3\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exceeds temp_max");
        assertThatThrownBy(() -> SeattleWeatherCsv.read(new StringReader(header + "01/01/2012,0,10,5,3\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> SeattleWeatherCsv.read(new StringReader(header + "2012-01-01,0,10\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("fields");
    }

    @Test
    void refusesAFileWithoutTheNeededColumns() {
        assertThatThrownBy(() -> SeattleWeatherCsv.read(new StringReader("date,precipitation,temp_min,wind\n")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("temp_max");
        assertThatThrownBy(() -> SeattleWeatherCsv.read(new StringReader("")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void explainsHowToInstallAMissingFile(@TempDir Path empty) {
        assertThatThrownBy(() -> SeattleWeatherCsv.load(empty))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("npm install --prefix data/datasets vega-datasets@3.2.1");
    }
}
