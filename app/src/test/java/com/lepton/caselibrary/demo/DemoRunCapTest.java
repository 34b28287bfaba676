package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoRunCapTest {

    private final DemoRunCap cap = new DemoRunCap(new DemoProperties(1, 1, 1, 1, 1, 1, 1, 1));

    @Test
    void aRunOverTheCapIsNotRunAndARunAfterTheOthersEndedIs() {
        Optional<Optional<String>> inner = cap.runIfFree(() -> cap.runIfFree(() -> "second"));

        assertThat(inner).as("the first ran").contains(Optional.empty());
        assertThat(cap.runIfFree(() -> "third"))
                .as("the first's place is free again")
                .contains("third");
    }

    @Test
    void aRunThatFailsGivesItsPlaceBack() {
        try {
            cap.runIfFree(() -> {
                throw new IllegalStateException("the model failed");
            });
        } catch (IllegalStateException expected) {
            // the run's failure is its caller's to answer
        }

        assertThat(cap.runIfFree(() -> "next")).contains("next");
    }
}
