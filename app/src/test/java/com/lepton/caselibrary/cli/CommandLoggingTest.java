package com.lepton.caselibrary.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class CommandLoggingTest {

    @Test
    void commandsLogAtThePortalsLevels() {
        CommandLogging.likeThePortal();

        Logger cuda = LoggerFactory.getLogger("ai.djl.util.cuda.CudaUtils");
        assertThat(cuda.isWarnEnabled())
                .as("DJL's GPU count warning on a CPU machine")
                .isFalse();
        assertThat(cuda.isErrorEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("org.atmosphere").isInfoEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.pf4j").isInfoEnabled()).isTrue();
    }
}
