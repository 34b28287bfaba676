package com.lepton.caselibrary.finetune;

import static com.lepton.caselibrary.finetune.Refusals.assertMessage;
import static com.lepton.caselibrary.finetune.Refusals.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.LabelledExample;
import com.lepton.caselibrary.demo.DemoProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client's CSV of texts and labels: read with commons-csv, each bad input refused with its own message in
 * both languages, a fixed share of each class held out.
 */
class ClientCsvReaderTest {

    private static final List<String> CLASSES = List.of("ham", "spam");
    private static final FineTuneProperties LIMITS = new FineTuneProperties(
            Path.of("target/fine-tunes"), 1, 1, 1024 * 1024, 40, 1024 * 1024, 5, 20, 30, 42, "", null, null);
    private final ClientCsvReader reader =
            new ClientCsvReader(LIMITS, new DemoProperties(256 * 1024, 4_000_000, 200, 5000, 60));

    @Test
    void readsQuotedMultiLineTextsAndHoldsOutAFifthOfEveryClass() throws Exception {
        StringBuilder csv = new StringBuilder("\ufefftext,label\n");
        for (int i = 0; i < 10; i++) {
            csv.append("\"Order ").append(i).append(" arrived, \"\"thanks\"\",\nsee you\",ham\n");
            csv.append("Win a free prize number ").append(i).append(" now,spam\n");
        }
        ClientSet set = reader.read(bytes(csv.toString()), CLASSES, 5);
        ClientSet again = reader.read(bytes(csv.toString()), CLASSES, 5);

        assertThat(set.train()).hasSize(16);
        assertThat(set.heldOut()).hasSize(4);
        assertThat(set.perClass()).containsEntry("ham", 10).containsEntry("spam", 10);
        assertThat(set.heldOut()).extracting(LabelledExample::label).containsOnly("ham", "spam");
        assertThat(set.heldOut()).isEqualTo(again.heldOut());
        assertThat(set.train())
                .extracting(example -> ((DemoInput.Text) example.input()).text())
                .anyMatch(text -> text.contains("\"thanks\",\nsee you"));
    }

    @Test
    void refusesBrokenQuotingWithTheLine() {
        ClientSetException e =
                refused("text,label\nfine,ham\n\"never closed,ham\nnext,spam\n", "finetune.error.csv.quoting");
        assertMessage(e, "line 3", "第 3 行");
        refused("text,label\n\"closed\" then more,ham\n", "finetune.error.csv.quoting");
    }

    @Test
    void refusesFormulaCellsRowByRow() {
        ClientSetException e = refused(
                many() + "=HYPERLINK(\"http://x\"),ham\n+1,ham\n-2,spam\n@SUM(A1),spam\nok,=cmd|' /C calc'!A0\n",
                "finetune.error.csv.refused-rows");
        assertThat(e.refused())
                .extracting(ClientSetException.Refusal::entry)
                .containsExactly("12", "13", "14", "15", "16");
        assertThat(e.refused()).allMatch(r -> r.reasonKey().equals("finetune.refused.csv.formula"));
        assertReason(e.refused().getFirst(), "row 12: a cell starts with =", "第 12 行：有单元格以 =");
        assertMessage(e, "5 rows were refused", "有 5 行被拒绝");
    }

    @Test
    void refusesUnknownLabelsEmptyAndOversizedTextsAndRaggedRows() {
        ClientSetException e = refused(
                many() + "hello,phishing\n\"  \",ham\n" + "x".repeat(201) + ",spam\nonly one cell\n",
                "finetune.error.csv.refused-rows");
        assertThat(e.refused())
                .extracting(ClientSetException.Refusal::reasonKey)
                .containsExactly(
                        "finetune.refused.csv.unknown-label",
                        "finetune.refused.csv.empty-text",
                        "finetune.refused.csv.text-too-long",
                        "finetune.refused.csv.columns");
        assertReason(
                e.refused().get(0),
                "row 12: the label \"phishing\" is not a class of the case (ham, spam)",
                "第 12 行：标签“phishing”不是本案例的类别（ham, spam）");
        assertReason(e.refused().get(1), "row 13: the text is empty", "第 13 行：文本为空");
        assertReason(e.refused().get(2), "longer than 200 characters", "超过 200 个字符");
        assertReason(e.refused().get(3), "different number of cells", "单元格数与表头不一致");
    }

    @Test
    void refusesOneClassOnlyAndTooFewPerClass() {
        StringBuilder csv = new StringBuilder("text,label\n");
        for (int i = 0; i < 8; i++) {
            csv.append("message ").append(i).append(",ham\n");
        }
        ClientSetException oneClass = refused(csv.toString(), "finetune.error.too-few");
        assertMessage(oneClass, "at least 5 examples; too few in: spam (0)", "spam (0)");
        ClientSetException few = refused(csv + "a,spam\nb,spam\n", "finetune.error.too-few");
        assertMessage(few, "spam (2)", "spam (2)");
    }

    @Test
    void refusesEmptySetsAMissingHeaderAndWhatIsNotUtf8() {
        assertMessage(refused("", "finetune.error.empty"), "holds no examples", "没有样本");
        assertMessage(refused("text,label\n", "finetune.error.empty"), "holds no examples", "没有样本");
        assertMessage(refused("message,class\nhi,ham\n", "finetune.error.csv.header"), "header", "表头");
        refused("text,text,label\nhi,hi,ham\n", "finetune.error.csv.header");
        ClientSetException zip =
                refused(new byte[] {'P', 'K', 3, 4, (byte) 0xff, (byte) 0xfe, 0}, "finetune.error.csv.encoding");
        assertMessage(zip, "not UTF-8", "不是 UTF-8");
    }

    @Test
    void refusesSetsOverTheSizeAndRowLimits() {
        assertMessage(refused(new byte[1024 * 1024 + 1], "finetune.error.too-large"), "at most 1 MB", "最多 1 MB");
        StringBuilder csv = new StringBuilder("text,label\n");
        for (int i = 0; i < 41; i++) {
            csv.append("m").append(i).append(i % 2 == 0 ? ",ham\n" : ",spam\n");
        }
        assertMessage(refused(csv.toString(), "finetune.error.csv.too-many-rows"), "at most 40", "最多 40 行");
    }

    /** Ten fine rows (2 to 11), five per class: refusals then start at row 12. */
    private static String many() {
        StringBuilder csv = new StringBuilder("text,label\n");
        for (int i = 0; i < 10; i++) {
            csv.append("message ").append(i).append(i % 2 == 0 ? ",ham\n" : ",spam\n");
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
        return Refusals.refused(() -> reader.read(csv, CLASSES, 5), key);
    }
}
