package com.lepton.caselibrary.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.i18n.Times;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelCardPanelDatesTest {

    @Test
    void everyIsoDateIsKeptOnOneLineAndTheRestIsLeftAsItIs() {
        String text = "训练 2000-02-01 至 2014-12-23（3748 个），&lt;b&gt; 20-day";

        assertThat(ModelCardPanel.keepDatesWhole(text))
                .isEqualTo("训练 <span class=\"date\">2000-02-01</span> 至 <span class=\"date\">2014-12-23</span>"
                        + "（3748 个），&lt;b&gt; 20-day");
    }

    @Test
    void theTrainingTimeIsShownAsThePortalShowsAMomentNotAsIso() {
        ModelCard card = new ModelCard(
                "m",
                "1.0.0",
                "data",
                1,
                1,
                Map.of(),
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                1,
                42,
                1,
                1,
                "cpu",
                "2026-11-28T13:50:47Z");
        Instant trained = Instant.parse("2026-11-28T13:50:47Z");

        assertThat(ModelCardPanel.trainedAt(card, Languages.ENGLISH))
                .isEqualTo(Times.format(trained, Languages.ENGLISH))
                .doesNotContain("T13:50");
        assertThat(ModelCardPanel.trainedAt(card, Languages.CHINESE))
                .isEqualTo(Times.format(trained, Languages.CHINESE))
                .contains("2026年");
    }
}
