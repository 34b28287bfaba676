package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TensorFlowThreadsTest {

    @Test
    void eachOpGetsHalfTheCoresAndAtLeastOne() {
        assertThat(TensorFlowThreads.intraOpThreads(1)).isEqualTo(1);
        assertThat(TensorFlowThreads.intraOpThreads(2)).isEqualTo(1);
        assertThat(TensorFlowThreads.intraOpThreads(3)).isEqualTo(1);
        assertThat(TensorFlowThreads.intraOpThreads(16)).isEqualTo(8);
    }

    @Test
    void anOperatorsSettingStands() {
        String before = System.getProperty(TensorFlowThreads.INTRA_OP);
        try {
            System.setProperty(TensorFlowThreads.INTRA_OP, "3");
            TensorFlowThreads.configure();
            assertThat(System.getProperty(TensorFlowThreads.INTRA_OP)).isEqualTo("3");
        } finally {
            if (before == null) {
                System.clearProperty(TensorFlowThreads.INTRA_OP);
            } else {
                System.setProperty(TensorFlowThreads.INTRA_OP, before);
            }
        }
    }
}
