package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.quota.internal.MemoryQuotaBuckets;
import org.junit.jupiter.api.Test;

class DemoRateLimiterTest {

    @Test
    void refusesBeyondTheAllowanceWithAWaitAndKeepsVisitorsApart() {
        DemoRateLimiter limiter = new DemoRateLimiter(new DemoProperties(1, 1, 1, 1, 3), new MemoryQuotaBuckets());
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryRun(new Requester("home", "alice"))).isEmpty();
        }
        assertThat(limiter.tryRun(new Requester("home", "alice")).orElseThrow()).isBetween(1, 61);
        assertThat(limiter.tryRun(new Requester("home", "bob"))).isEmpty();
    }

    @Test
    void oneAddressCannotGetMoreByOpeningManySessions() {
        DemoRateLimiter limiter = new DemoRateLimiter(new DemoProperties(1, 1, 1, 1, 3, 5), new MemoryQuotaBuckets());
        for (int session = 0; session < 5; session++) {
            assertThat(limiter.tryRun(new Requester("script", "session-" + session)))
                    .isEmpty();
        }
        assertThat(limiter.tryRun(new Requester("script", "session-99")).orElseThrow())
                .isBetween(1, 61);
        assertThat(limiter.tryRun(new Requester("elsewhere", "session-99")))
                .as("another address is not affected")
                .isEmpty();
    }

    @Test
    void aConsultantsSessionHasItsOwnLargerAllowanceRegardlessOfItsAddress() {
        DemoRateLimiter limiter =
                new DemoRateLimiter(new DemoProperties(1, 1, 1, 1, 2, 3, 10, 0), new MemoryQuotaBuckets());
        Requester consultant = new Requester("office", "consultant-session");
        // Colleagues at the same address use up the address's allowance.
        for (int session = 0; session < 3; session++) {
            assertThat(limiter.tryRun(new Requester("office", "visitor-" + session)))
                    .isEmpty();
        }
        assertThat(limiter.tryRun(consultant))
                .as("before signing in: the address's allowance is spent")
                .isPresent();

        limiter.grantConsultantAllowance(consultant);
        for (int run = 0; run < 10; run++) {
            assertThat(limiter.tryRun(consultant)).as("consultant run " + run).isEmpty();
        }
        assertThat(limiter.tryRun(consultant).orElseThrow()).isBetween(1, 61);
    }
}
