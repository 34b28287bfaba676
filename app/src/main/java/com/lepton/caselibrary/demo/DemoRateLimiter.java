package com.lepton.caselibrary.demo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.inference.RunQuota;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.OptionalInt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Demo runs per visitor and per client address per minute (bucket4j token buckets), so one
 * visitor, or one address opening many sessions, cannot spend the compute of everyone else.
 * Sessions of signed-in consultants and administrators have a larger allowance of their own
 * instead. Buckets of visitors gone quiet are dropped after ten minutes.
 */
@Component
class DemoRateLimiter implements RunQuota {

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

    /** Runs refused by the quota: counted here instead of a run record each (a flood would fill the history). */
    private final Counter refused;

    DemoRateLimiter(DemoProperties properties) {
        this(properties, new SimpleMeterRegistry());
    }

    @Autowired
    DemoRateLimiter(DemoProperties properties, MeterRegistry meters) {
        this.refused = Counter.builder("lepton.demo.quota.refused")
                .description("Runs refused because a visitor's or an address's run quota was used up")
                .register(meters);
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
        return tryTake(requester, 1);
    }

    /** Takes {@code runs} at once (the Open Inference Protocol: one per example of a batch), or none. */
    @Override
    public OptionalInt tryTake(Requester requester, int runs) {
        if (consultantSessions.getIfPresent(requester.session()) != null) {
            OptionalInt wait = tryRun("consultant:" + requester.session(), consultantRunsPerMinute, runs);
            wait.ifPresent(seconds -> refused.increment(runs));
            return wait;
        }
        OptionalInt address = tryRun("address:" + requester.address(), runsPerMinutePerAddress, runs);
        OptionalInt wait =
                address.isPresent() ? address : tryRun("session:" + requester.session(), runsPerMinute, runs);
        if (wait.isPresent()) {
            refused.increment(runs);
        }
        return wait;
    }

    private OptionalInt tryRun(String key, int perMinute, int runs) {
        Bucket bucket = buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(runs);
        if (probe.isConsumed()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int)
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
