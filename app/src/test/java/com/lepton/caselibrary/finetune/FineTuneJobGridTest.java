package com.lepton.caselibrary.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.DataSource;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The job list names a job's case by its title in the page's language, not by its id. */
class FineTuneJobGridTest {

    private static final List<LoadedCase> CASES = List.of(
            loaded("other-case", "别的案例", "Another case"),
            loaded("manufacturing-sorting", "服装自动分拣", "Sorting garments on the line"));

    @Test
    void aJobShowsItsCaseTitleInTheVisitorsLanguage() {
        assertThat(FineTuneJobGrid.caseTitle(CASES, "manufacturing-sorting", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("服装自动分拣");
        assertThat(FineTuneJobGrid.caseTitle(CASES, "manufacturing-sorting", Locale.ENGLISH))
                .isEqualTo("Sorting garments on the line");
    }

    @Test
    void aJobWhosePluginIsGoneKeepsItsCaseId() {
        assertThat(FineTuneJobGrid.caseTitle(CASES, "removed-case", Locale.ENGLISH))
                .isEqualTo("removed-case");
    }

    private static LoadedCase loaded(String id, String zh, String en) {
        CaseDescriptor descriptor = new CaseDescriptor(
                id,
                Industry.MANUFACTURING,
                LocalizedText.of(zh, en),
                LocalizedText.of("摘要", "A summary"),
                List.of("tag"),
                AlgorithmFamily.CNN,
                DataType.IMAGE,
                new DataSource("pictures", "written for this test", "CC0-1.0", "https://example.org/pictures"));
        return new LoadedCase("some-plugin", "1.0.0", null, descriptor, null);
    }
}
