package com.lepton.caselibrary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardTextsTest {

    private static final List<String> CO2_KEYS =
            List.of("rmse", "dieboldMariano.seasonalNaive", "dieboldMariano.linearAr", "exportedEpoch");

    @Test
    void findsAMetricsKeyOrACamelCasedPartOfOneInTheText() {
        // The CO2 card's text before session 21 and the Seattle and line-anomaly texts before 2026-12-06.
        assertThat(CardTexts.codeName("persistence = this month's reading; seasonalNaive = the same month", CO2_KEYS))
                .contains("seasonalNaive");
        assertThat(CardTexts.codeName("基线：linearAr = 对窗口内 23 个变化量做最小二乘", CO2_KEYS))
                .contains("linearAr");
        assertThat(CardTexts.codeName("the epoch exportedEpoch.", CO2_KEYS)).contains("exportedEpoch");
        assertThat(CardTexts.codeName("see dieboldMariano.linearAr below", CO2_KEYS))
                .isNotEmpty();
    }

    @Test
    void findsKeyTemplatesWhateverTheKeys() {
        assertThat(CardTexts.codeName("AUROC per other line (auroc.CLASS)", List.of()))
                .contains("auroc.CLASS");
        assertThat(CardTexts.codeName("weatherLstm.* = a comparison LSTM", List.of()))
                .contains("weatherLstm.*");
    }

    @Test
    void letsWordsThroughThatAreNoKeyOfTheCard() {
        assertThat(CardTexts.codeName(
                        "Baselines: persistence, this month's reading; seasonal naive, the same month a year earlier;"
                                + " linear AR, least squares on the window's 23 changes (eGFR, pH, e.g. mRNA).",
                        CO2_KEYS))
                .isEmpty();
        assertThat(CardTexts.codeName("基线：持续性预测，即本月读数；线性自回归，对窗口内 23 个变化量做最小二乘。", CO2_KEYS))
                .isEmpty();
        assertThat(CardTexts.codeName("rmse and MAE in ppm", CO2_KEYS))
                .as("a plain key is a word too")
                .isEmpty();
    }
}
