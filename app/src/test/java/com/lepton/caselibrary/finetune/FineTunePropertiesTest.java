package com.lepton.caselibrary.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A deployment may allow long jobs, but not longer than the curve columns hold (a longer job failed mid-way). */
class FineTunePropertiesTest {

    @Test
    void theMostEpochsTheCurveHoldsAreAllowed() {
        assertThat(withMaxEpochs(FineTuneProperties.MOST_EPOCHS).maxEpochs()).isEqualTo(1000);
    }

    @Test
    void moreEpochsThanTheCurveHoldsStopTheStartWithTheSettingsName() {
        assertThatThrownBy(() -> withMaxEpochs(FineTuneProperties.MOST_EPOCHS + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lepton.fine-tune.max-epochs: at most 1000");
    }

    private static FineTuneProperties withMaxEpochs(int maxEpochs) {
        return new FineTuneProperties(Path.of("fine-tunes"), 1, 1, 1, 1, 1L, 5, 20, maxEpochs, 42L, "", null, null);
    }
}
