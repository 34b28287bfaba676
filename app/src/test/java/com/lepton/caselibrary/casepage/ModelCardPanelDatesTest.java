package com.lepton.caselibrary.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelCardPanelDatesTest {

    @Test
    void everyIsoDateIsKeptOnOneLineAndTheRestIsLeftAsItIs() {
        String text = "训练 2000-02-01 至 2014-12-23（3748 个），&lt;b&gt; 20-day";

        assertThat(ModelCardPanel.keepDatesWhole(text))
                .isEqualTo("训练 <span class=\"date\">2000-02-01</span> 至 <span class=\"date\">2014-12-23</span>"
                        + "（3748 个），&lt;b&gt; 20-day");
    }
}
