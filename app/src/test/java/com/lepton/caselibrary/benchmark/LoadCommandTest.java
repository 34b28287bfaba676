package com.lepton.caselibrary.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadCommandTest {

    private static final String BASE = "http://127.0.0.1:8080/api/cases/";
    private static final List<String> OFFERED = List.of(
            BASE + "manufacturing-sorting/samples/boot/run",
            BASE + "finance-review-risk/samples/calm/run",
            BASE + "manufacturing-sorting/samples/shirt/run",
            BASE + "healthcare-ecg-diagnosis/samples/normal/run");

    @Test
    void keepsOnlyTheNamedCasesRunsInThePortalsOrder() {
        assertThat(LoadCommand.runsOf(OFFERED, List.of("healthcare-ecg-diagnosis", "manufacturing-sorting")))
                .containsExactly(
                        BASE + "manufacturing-sorting/samples/boot/run",
                        BASE + "manufacturing-sorting/samples/shirt/run",
                        BASE + "healthcare-ecg-diagnosis/samples/normal/run");
    }

    @Test
    void refusesACaseThePortalDoesNotRun() {
        assertThatThrownBy(() -> LoadCommand.runsOf(OFFERED, List.of("manufacturing-sorting", "finance-cheque")))
                .hasMessageContaining("no shipped sample of finance-cheque")
                .hasMessageContaining("live cases: manufacturing-sorting, finance-review-risk, healthcare-ecg");
    }

    @Test
    void readsTheCaseOfARun() {
        assertThat(LoadCommand.caseOf(BASE + "finance-review-risk/samples/calm/run"))
                .isEqualTo("finance-review-risk");
        assertThat(LoadCommand.caseIds(" manufacturing-sorting , finance-message-risk"))
                .containsExactly("manufacturing-sorting", "finance-message-risk");
    }
}
