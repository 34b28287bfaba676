package com.lepton.caselibrary.finetune;

import static com.lepton.caselibrary.finetune.Refusals.assertMessage;
import static com.lepton.caselibrary.finetune.Refusals.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The client's series CSV (date,value): read with commons-csv, each bad input refused with its row in both languages. */
class SeriesCsvReaderTest {

    private static final FineTuneProperties LIMITS = new FineTuneProperties(
            Path.of("target/fine-tunes"), 1, 1, 1024 * 1024, 40, 1024 * 1024, 5, 20, 30, 42, "", null, null);
    private static final int MINIMUM = 12;
    private static final int MAXIMUM = 30;
    private final SeriesCsvReader reader = new SeriesCsvReader(LIMITS);

    @Test
    void readsDatesAndValuesInOrderWithABomQuotesAndNegativeNumbers() throws Exception {
        ClientSeries series = reader.read(bytes("\ufeffdate,value\n" + months(11) + "\"2021-12-01\",-1.5e0\n"), 12, 30);
        assertThat(series.length()).isEqualTo(12);
        assertThat(series.dates().getFirst()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(series.dates().getLast()).isEqualTo(LocalDate.of(2021, 12, 1));
        assertThat(series.values().getFirst()).isEqualTo(400.0);
        assertThat(series.values().getLast()).isEqualTo(-1.5);
    }

    @Test
    void refusesFormulasBadDatesBadNumbersAndEmptyCellsRowByRow() {
        ClientSetException e = refused(
                "date,value\n" + months(12)
                        + "2022-01-01,=1+1\n@2022-02-01,1\n2022/03/01,1\n2022-04-01,1 234\n2022-05-01,\n"
                        + "2022-06-01,NaN\n",
                "finetune.error.csv.refused-rows");
        assertThat(e.refused())
                .extracting(ClientSetException.Refusal::reasonKey)
                .containsExactly(
                        "finetune.refused.csv.formula",
                        "finetune.refused.csv.formula",
                        "finetune.refused.series.date",
                        "finetune.refused.series.value",
                        "finetune.refused.series.missing",
                        "finetune.refused.series.value");
        assertThat(e.refused().getFirst().entry()).isEqualTo("14");
        assertReason(e.refused().get(2), "row 16: \"2022/03/01\" is not a date", "第 16 行：“2022/03/01”不是");
        assertReason(e.refused().get(3), "row 17: \"1 234\" is not a number", "第 17 行：“1 234”不是数字");
        assertReason(e.refused().get(4), "row 18: the date or the value is empty", "第 18 行：日期或数值为空");
        assertMessage(e, "6 rows were refused", "有 6 行被拒绝");
    }

    @Test
    void refusesDuplicateAndUnsortedDatesWithTheirRows() {
        ClientSetException e = refused(
                "date,value\n" + months(12) + "2021-12-01,1\n2021-05-15,1\n", "finetune.error.csv.refused-rows");
        assertThat(e.refused())
                .extracting(ClientSetException.Refusal::reasonKey)
                .containsExactly("finetune.refused.series.duplicate", "finetune.refused.series.order");
        assertReason(e.refused().get(0), "row 14: the date 2021-12-01 appears more than once", "日期 2021-12-01 出现了不止一次");
        assertReason(
                e.refused().get(1),
                "row 15: the date 2021-05-15 comes before 2021-12-01",
                "第 15 行：日期 2021-05-15 早于上一行的 2021-12-01");
    }

    @Test
    void refusesTooFewAndTooManyRowsAMissingHeaderBrokenQuotingAndWhatIsNotUtf8() {
        assertMessage(
                refused("date,value\n" + months(5), "finetune.error.series.too-few-rows"),
                "has 5 rows; this case needs at least 12",
                "只有 5 行");
        assertMessage(
                refused("date,value\n" + months(31), "finetune.error.series.too-many-rows"), "at most 30", "最多接受 30 行");
        assertMessage(
                refused("month,ppm\n2021-01-01,1\n", "finetune.error.series.header"), "date and value", "date 和 value");
        refused("date,date,value\n2021-01-01,2021-01-01,1\n", "finetune.error.series.header");
        assertMessage(refused("date,value\n2021-01-01,\"1\n", "finetune.error.csv.quoting"), "line 2", "第 2 行");
        refused(new byte[] {'d', 'a', (byte) 0xff, (byte) 0xfe}, "finetune.error.csv.encoding");
        refused("", "finetune.error.empty");
        refused("date,value\n", "finetune.error.empty");
        refused(new byte[1024 * 1024 + 1], "finetune.error.too-large");
    }

    /** {@code count} monthly rows from January 2021, one ppm apart. */
    private static String months(int count) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < count; i++) {
            csv.append(LocalDate.of(2021, 1, 1).plusMonths(i))
                    .append(',')
                    .append(400 + i)
                    .append('\n');
        }
        return csv.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private ClientSetException refused(String csv, String key) {
        return refused(bytes(csv), key);
    }

    private ClientSetException refused(byte[] csv, String key) {
        return Refusals.refused(() -> reader.read(csv, MINIMUM, MAXIMUM), key);
    }
}
