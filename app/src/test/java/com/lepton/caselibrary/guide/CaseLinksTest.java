package com.lepton.caselibrary.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.AlgorithmFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseLinksTest {

    private static final CaseLinks.Labels LABELS = new CaseLinks.Labels("Live demo", "Write-up only", "None yet.");
    private static final List<CaseLinks.CaseLink> CASES = List.of(
            new CaseLinks.CaseLink("finance-market-risk", "Market risk", AlgorithmFamily.LSTM, true, ""),
            new CaseLinks.CaseLink("manufacturing-sorting", "Sorting", AlgorithmFamily.CNN, true, ""),
            new CaseLinks.CaseLink("technology-customer-service", "Service <b>", AlgorithmFamily.LSTM, false, "a & b"));

    @Test
    void picksTheCasesOfOneFamilyInOrder() {
        assertThat(CaseLinks.using(CASES, AlgorithmFamily.LSTM))
                .extracting(CaseLinks.CaseLink::id)
                .containsExactly("finance-market-risk", "technology-customer-service");
        assertThat(CaseLinks.using(CASES, AlgorithmFamily.RNN)).isEmpty();
    }

    @Test
    void linksEachCaseMarksItLiveOrWriteUpOnlyAndEscapesTheText() {
        String html = CaseLinks.html(CaseLinks.using(CASES, AlgorithmFamily.LSTM), LABELS);
        assertThat(html)
                .contains("<a href=\"cases/finance-market-risk\">Market risk</a>")
                .contains("<span class=\"badge badge-live\">Live demo</span>")
                .contains("<a href=\"cases/technology-customer-service\">Service &lt;b&gt;</a>")
                .contains("<span class=\"badge badge-read\">Write-up only</span>")
                .contains("<span class=\"guide-case-detail\">a &amp; b</span>")
                .doesNotContain("manufacturing-sorting", "<b>");
    }

    @Test
    void saysSoWhenNoCaseUsesTheFamily() {
        assertThat(CaseLinks.html(List.of(), LABELS)).isEqualTo("<p class=\"guide-empty\">None yet.</p>");
    }

    @Test
    void drawsSevenLinkedStepsAndWrapsLongNames() {
        String svg = PipelineSvg.render(
                "Pipeline <7>",
                List.of("Data collection", "b", "c", "d", "e", "f", "Business application"),
                "guide/pipeline#step-%d");
        assertThat(svg)
                .startsWith("<svg id=\"pipeline-diagram\"")
                .contains("<title id=\"pipeline-diagram-title\">Pipeline &lt;7&gt;</title>");
        for (int step = 1; step <= 7; step++) {
            assertThat(svg).contains("<a href=\"guide/pipeline#step-" + step + "\"");
        }
        assertThat(PipelineSvg.wrap("Business application")).containsExactly("Business", "application");
        assertThat(PipelineSvg.wrap("数据收集")).containsExactly("数据收集");
    }
}
