package com.lepton.caselibrary.plugins.healthcare.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.testkit.ClassNamesContract;
import com.lepton.caselibrary.testkit.Refusals;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class VisitSeriesAdapterTest {

    /** pbcseq patient 4's first three visits (its alk.phos is missing at none, platelet at none). */
    static final String THREE_VISITS = """
            day,age,bili,albumin,alk.phos,ast,platelet,protime,ascites,hepato,spiders,edema
            0,54.74059,1.8,2.54,6122,60.6,183,10.3,0,1,1,0.5
            188,54.74059,1.6,2.88,1175,169,240,19,0,1,1,0.5
            372,54.74059,1.7,2.8,1157,165.9,251,11.6,0,1,1,0.5
            """;

    private static InvalidInputException refusal(String text) {
        return Refusals.refusal(() -> VisitCsv.parse(text));
    }

    @Test
    void visitsWithOrWithoutTheHeaderAreReadInColumnOrder() throws Exception {
        List<float[]> visits = VisitCsv.parse(THREE_VISITS);
        assertThat(visits).hasSize(3);
        assertThat(visits.get(1)[VisitColumn.DAY.ordinal()]).isEqualTo(188f);
        assertThat(visits.get(2)[VisitColumn.AST.ordinal()]).isEqualTo(165.9f);
        List<float[]> withoutHeader = VisitCsv.parse(THREE_VISITS.substring(THREE_VISITS.indexOf('\n') + 1));
        assertThat(withoutHeader.get(2)).isEqualTo(visits.get(2));
        // A day written with a sign starts a visit; a first field in quotes that starts with a letter is a header.
        String signed = THREE_VISITS.substring(THREE_VISITS.indexOf('\n') + 1).replaceFirst("^0,", "+0,");
        assertThat(VisitCsv.parse(signed).get(2)).isEqualTo(visits.get(2));
        assertThat(refusal("\"day\"x,50,1.2,3.5,900,80,200,10.5,0,0,0,0")
                        .userMessage()
                        .en())
                .contains("Wrong columns");
    }

    @Test
    void visitsJoinedBySpacesAsTheWordByWordExplanationJoinsThemReadTheSame() throws Exception {
        List<float[]> lines = VisitCsv.parse(THREE_VISITS);
        List<float[]> joined = VisitCsv.parse(THREE_VISITS.strip().replace("\n", " "));
        List<float[]> spaced = VisitCsv.parse(THREE_VISITS.replace(",", " , "));
        for (int v = 0; v < 3; v++) {
            assertThat(joined.get(v)).isEqualTo(lines.get(v));
            assertThat(spaced.get(v)).isEqualTo(lines.get(v));
        }
    }

    @Test
    void aMissingLabValueIsCarriedForwardAndOneMissingFromTheStartStaysNaN() throws Exception {
        List<float[]> visits = VisitCsv.parse("""
                0,50,1.2,3.5,900,80,,10.5,0,0,0,0
                180,50,1.4,3.4,NA,85,,10.6,0,0,0,0
                """);
        assertThat(visits.get(1)[VisitColumn.ALK_PHOS.ordinal()]).isEqualTo(900f);
        assertThat(visits.get(1)[VisitColumn.PLATELET.ordinal()]).isNaN();
    }

    @Test
    void theTensorIsTheLastSixteenVisitsPaddedInFront() throws Exception {
        float[] tensor = VisitSeries.tensor(VisitCsv.parse(THREE_VISITS), 2);
        assertThat(tensor).hasSize(VisitSeries.MAX_VISITS * VisitColumn.COUNT);
        assertThat(tensor[0]).isEqualTo(VisitSeries.PADDING);
        int lastRow = (VisitSeries.MAX_VISITS - 1) * VisitColumn.COUNT;
        assertThat(tensor[lastRow]).isEqualTo(372f);
        assertThat(tensor[lastRow - 2 * VisitColumn.COUNT]).isZero();
        assertThat(tensor[lastRow - 3 * VisitColumn.COUNT]).isEqualTo(VisitSeries.PADDING);
    }

    @Test
    void emptyOrHeaderOnlyInputSaysThatVisitsAreNeeded() {
        assertThat(refusal("").userMessage().en()).contains("No visits", VisitColumn.HEADER);
        assertThat(refusal(VisitColumn.HEADER).userMessage().zh()).contains("没有随访记录");
    }

    @Test
    void moreThanSixteenVisitsAreRefusedWithTheLimit() {
        StringBuilder text = new StringBuilder();
        for (int v = 0; v < 17; v++) {
            text.append(v * 100).append(",50,1.2,3.5,900,80,200,10.5,0,0,0,0\n");
        }
        InvalidInputException e = refusal(text.toString());
        assertThat(e.userMessage().en()).contains("Too many visits: 17", "at most 16");
        assertThat(e.userMessage().zh()).contains("17", "16");
    }

    @Test
    void wrongColumnsAreRefusedNamingTheExpectedHeader() {
        assertThat(refusal("day,age,bilirubin\n0,50,1.2").userMessage().en())
                .contains("Wrong columns", VisitColumn.HEADER);
        assertThat(refusal("0,50,1.2,3.5,900").userMessage().en()).contains("Line 1 has 5 columns, not 12");
        assertThat(refusal("0,50,1.2,3.5,900").userMessage().zh()).contains("第 1 行有 5 列");
    }

    @Test
    void nanTextAndImplausibleValuesAreRefusedNamingLineAndColumn() {
        assertThat(refusal("0,50,NaN,3.5,900,80,200,10.5,0,0,0,0").userMessage().en())
                .contains("Line 1", "serum bilirubin", "NaN");
        assertThat(refusal("0,50,1.2,high,900,80,200,10.5,0,0,0,0")
                        .userMessage()
                        .en())
                .contains("albumin (g/dL) is not a number", "high");
        assertThat(refusal("0,50,1.2,35,900,80,200,10.5,0,0,0,0").userMessage().zh())
                .contains("白蛋白", "35");
        assertThat(refusal("0,50,1.2,3.5,900,80,200,10.5,2,0,0,0").userMessage().en())
                .contains("ascites", "{0, 1}");
        assertThat(refusal("0,50,1.2,3.5,900,80,200,10.5,0,0,0,0\n,50,1.2,3.5,900,80,200,10.5,0,0,0,0")
                        .userMessage()
                        .en())
                .contains("Line 2 lacks the visit day");
        assertThat(refusal("0,,1.2,3.5,900,80,200,10.5,0,0,0,0").userMessage().en())
                .contains("lacks the age");
    }

    @Test
    void visitsOutOfOrderAreRefused() {
        assertThat(refusal("0,50,1.2,3.5,900,80,200,10.5,0,0,0,0\n0,50,1.2,3.5,900,80,200,10.5,0,0,0,0")
                        .userMessage()
                        .en())
                .contains("Line 2", "oldest first");
    }

    @Test
    void nonUtf8TextAndOtherInputKindsAreRefused() {
        assertThat(refusal("day\uFFFD,age\n\uFFFD").userMessage().en()).contains("not valid UTF-8");
        VisitSeriesAdapter adapter = new VisitSeriesAdapter();
        for (DemoInput input : new DemoInput[] {
            new DemoInput.Image(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB)),
            new DemoInput.Series(new double[] {1, 2, 3})
        }) {
            assertThatThrownBy(() -> adapter.toTensors(null, input))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.userMessage().en()).contains("one line per visit");
                        assertThat(e.userMessage().zh()).contains("每次随访一行");
                    });
        }
    }

    @Test
    void theDecisionAtTheOperatingPointIsWrittenIntoTheDeathLabel() {
        DemoResult.Classification high = VisitSeriesAdapter.decide(new float[] {0.4f, 0.6f}, 0.3f);
        assertThat(high.scores().getFirst().key()).isEqualTo("death-within-3-years");
        assertThat(high.scores().getFirst().probability()).isCloseTo(0.4, Assertions.within(1e-6));
        assertThat(high.scores().getFirst().label().en()).contains("high risk", "30.0 %");
        assertThat(high.scores().getFirst().label().zh()).contains("高风险");
        DemoResult.Classification low = VisitSeriesAdapter.decide(new float[] {0.1f, 0.9f}, 0.3f);
        assertThat(low.scores().getFirst().label().en()).contains("below the operating point of 30.0 %");
        assertThat(low.top().key()).isEqualTo("alive-at-3-years");
        assertThat(VisitSeriesAdapter.decide(new float[] {Float.NaN, 1f}, 0.3f)
                        .scores()
                        .getFirst()
                        .probability())
                .isZero();
    }

    @Test
    void theCaseNamesEachOutcomeOfItsCardInBothLanguagesWithoutTheDemosDecision() throws IOException {
        ProgressionCase progression = new ProgressionCase();
        ClassNamesContract.assertNamesEveryClass(progression);
        assertThat(progression.classNames().get(Outcome.DEATH.key()).in(Locale.ENGLISH))
                .isEqualTo("Death within 3 years");
        assertThat(progression.classNames().get(Outcome.ALIVE.key()).zh()).isEqualTo("3 年后仍存活");
    }
}
