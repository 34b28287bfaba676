package com.lepton.caselibrary.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.api.FineTuneRequest;
import com.lepton.caselibrary.api.FineTuning;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Checks every classifier plugin's fine-tuning test made on its own copy: the outcome's figures come
 * from the held-out examples only, and a cancelled job stops at the next check. What a case's
 * fine-tuning must reach stays in the plugin's test.
 */
public final class FineTuningChecks {

    private FineTuningChecks() {}

    /** How many examples the outcome's held-out confusion matrix counts. */
    public static int examplesInConfusion(FineTuneOutcome outcome) {
        return outcome.confusionAfter().stream()
                .flatMap(List::stream)
                .mapToInt(Integer::intValue)
                .sum();
    }

    /**
     * Runs {@code request} with a cancel flag that turns true on its fourth reading: the job must
     * throw {@link CancellationException} and read the flag exactly four times (it stops at once).
     */
    public static void assertStopsWhenCancelled(FineTuning fineTuning, FineTuneRequest request) {
        int[] asked = {0};
        assertThrows(CancellationException.class, () -> fineTuning.fineTune(request, p -> {}, () -> ++asked[0] > 3));
        assertEquals(4, asked[0], "times the cancel flag was read");
    }
}
