package com.lepton.caselibrary.demo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.lepton.caselibrary.inference.Requester;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/**
 * Demo runs per visitor and per client address per minute (bucket4j token buckets), so one
 * visitor, or one address opening many sessions, cannot spend the compute of everyone else.
 * Sessions of signed-in consultants and administrators have a larger allowance of their own
 * instead. Buckets of visitors gone quiet are dropped after ten minutes.
 */
@Component
class DemoRateLimiter {

    private final int runsPerMinute;
    private final int runsPerMinutePerAddress;
    private final int consultantRunsPerMinute;
    /** Session hashes of signed-in consultants and administrators, for as long as a session lasts at most. */
    private final Cache<String, Boolean> consultantSessions = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(12))
            .maximumSize(10_000)
            .build();

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    DemoRateLimiter(DemoProperties properties) {
        this.runsPerMinute = properties.runsPerMinute();
        this.runsPerMinutePerAddress = properties.runsPerMinutePerAddress();
        this.consultantRunsPerMinute = properties.consultantRunsPerMinute();
    }

    /** Gives the requester's session the consultant allowance (called when a signed-in consultant opens a demo). */
    void grantConsultantAllowance(Requester requester) {
        consultantSessions.put(requester.session(), Boolean.TRUE);
    }

    /**
     * Takes one run from the session's and the address's allowances; empty when allowed, else
     * the seconds to wait. A run refused by the address does not use up the session's allowance.
     */
    OptionalInt tryRun(Requester requester) {
        if (consultantSessions.getIfPresent(requester.session()) != null) {
            return tryRun("consultant:" + requester.session(), consultantRunsPerMinute);
        }
        OptionalInt address = tryRun("address:" + requester.address(), runsPerMinutePerAddress);
        if (address.isPresent()) {
            return address;
        }
        return tryRun("session:" + requester.session(), runsPerMinute);
    }

    private OptionalInt tryRun(String key, int perMinute) {
        Bucket bucket = buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int)
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
