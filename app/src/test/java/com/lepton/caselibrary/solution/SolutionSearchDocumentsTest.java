package com.lepton.caselibrary.solution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolutionSearchDocumentsTest {

    @Test
    void endsEachListItemAsASentenceSoSnippetsDoNotRunItemsTogether() {
        assertThat(SolutionSearchDocuments.sentences(
                        List.of("Who acts on a warning and how fast they must be told", "Sensors drift; retrain."),
                        false))
                .isEqualTo("Who acts on a warning and how fast they must be told. Sensors drift; retrain.");
        assertThat(SolutionSearchDocuments.sentences(List.of("谁来处理预警，以及需要多快通知到他们", "传感器会漂移？ ", " "), true))
                .isEqualTo("谁来处理预警，以及需要多快通知到他们。 传感器会漂移？");
    }
}
