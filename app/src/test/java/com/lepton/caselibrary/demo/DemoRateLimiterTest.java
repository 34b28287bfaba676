package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoRateLimiterTest {

    @Test
    void refusesBeyondTheAllowanceWithAWaitAndKeepsVisitorsApart() {
        DemoRateLimiter limiter = new DemoRateLimiter(new DemoProperties(1, 1, 1, 1, 3));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryRun("alice")).isEmpty();
        }
        assertThat(limiter.tryRun("alice").orElseThrow()).isBetween(1, 61);
        assertThat(limiter.tryRun("bob")).isEmpty();
    }
}
