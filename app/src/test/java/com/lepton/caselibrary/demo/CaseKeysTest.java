package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A case whose input is not what the portal's general wording says words its own input box. */
class CaseKeysTest {

    @Test
    void theBreastMassCaseAsksForOneRecordsMeasurementsNotASeries() {
        assertThat(CaseKeys.of("demo.series", "healthcare-breast-cancer-diagnosis"))
                .isEqualTo("demo.series.healthcare-breast-cancer-diagnosis");
        assertThat(CaseKeys.of("demo.series.placeholder", "healthcare-breast-cancer-diagnosis"))
                .isEqualTo("demo.series.placeholder.healthcare-breast-cancer-diagnosis");
    }

    @Test
    void aCaseWithoutItsOwnWordingGetsTheGeneralOne() {
        assertThat(CaseKeys.of("demo.series", "technology-energy-forecast")).isEqualTo("demo.series");
    }
}
