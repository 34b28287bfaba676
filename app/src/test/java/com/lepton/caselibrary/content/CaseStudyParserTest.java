package com.lepton.caselibrary.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.Industry;
import org.junit.jupiter.api.Test;

class CaseStudyParserTest {

    private final CaseStudyParser parser = new CaseStudyParser(new MarkdownRenderer());

    private static String document(String industry, int steps) {
        StringBuilder pipeline = new StringBuilder();
        for (int i = 1; i <= steps; i++) {
            pipeline.append("  - step ").append(i).append('\n');
        }
        return """
                ---
                id: finance-risk
                lang: en
                industry: %s
                title: Market risk
                summary: Warns early.
                algorithm: LSTM
                dataType: TIME_SERIES
                demo: none
                tags:
                  - risk
                dataName: S&P 500
                dataLicence: BSD-3-Clause
                pipeline:
                %s---
                Body.
                """.formatted(industry, pipeline);
    }

    @Test
    void parsesACompleteWriteUp() throws Exception {
        CaseStudyContent content = parser.parse(document("FINANCE", 7));
        assertThat(content.id()).isEqualTo("finance-risk");
        assertThat(content.industry()).isEqualTo(Industry.FINANCE);
        assertThat(content.algorithm()).isEqualTo(AlgorithmFamily.LSTM);
        assertThat(content.liveDemo()).isFalse();
        assertThat(content.pipeline()).hasSize(7).startsWith("step 1");
        assertThat(content.html()).contains("Body.");
    }

    @Test
    void refusesAPipelineWithoutSevenSteps() {
        assertThatThrownBy(() -> parser.parse(document("FINANCE", 6))).hasMessageContaining("exactly 7");
    }

    @Test
    void refusesAnUnknownIndustry() {
        assertThatThrownBy(() -> parser.parse(document("AGRICULTURE", 7))).hasMessageContaining("unknown value");
    }

    @Test
    void refusesAMissingTitle() {
        assertThatThrownBy(() -> parser.parse(document("FINANCE", 7).replace("title: Market risk\n", "")))
                .hasMessageContaining("title");
    }
}
