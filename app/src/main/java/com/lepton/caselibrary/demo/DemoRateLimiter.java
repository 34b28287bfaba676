package com.lepton.caselibrary.demo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.inference.RunQuota;
import com.lepton.caselibrary.quota.QuotaBuckets;
import com.lepton.caselibrary.quota.QuotaBuckets.Allowance;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.OptionalInt;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Demo runs per visitor and per client address per minute (token buckets in {@link QuotaBuckets}: in the
 * database, one allowance however many replicas serve the visitor), so one visitor, or one address opening
 * many sessions, cannot spend the compute of everyone else. Sessions of signed-in consultants and
 * administrators have a larger allowance of their own instead.
 */
@Component
class DemoRateLimiter implements RunQuota {

    private final QuotaBuckets buckets;
    private final Allowance perSession;
    private final Allowance perAddress;
    private final Allowance perConsultant;
    /** Session hashes of signed-in consultants and administrators, for as long as a session lasts at most. */
    private final Cache<String, Boolean> consultantSessions = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(12))
            .maximumSize(10_000)
            .build();

    /** Runs refused by the quota: counted here instead of a run record each (a flood would fill the history). */
    private final Counter refused;

    DemoRateLimiter(DemoProperties properties, QuotaBuckets buckets) {
        this(properties, buckets, new SimpleMeterRegistry());
    }

    @Autowired
    DemoRateLimiter(DemoProperties properties, QuotaBuckets buckets, MeterRegistry meters) {
        this.buckets = buckets;
        this.refused = Counter.builder("lepton.demo.quota.refused")
                .description("Runs refused because a visitor's or an address's run quota was used up")
                .register(meters);
        this.perSession = Allowance.perMinute(properties.runsPerMinute());
        this.perAddress = Allowance.perMinute(properties.runsPerMinutePerAddress());
        this.perConsultant = Allowance.perMinute(properties.consultantRunsPerMinute());
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
            OptionalInt wait = tryRun("demo:consultant:" + requester.session(), perConsultant, runs);
            wait.ifPresent(seconds -> refused.increment(runs));
            return wait;
        }
        OptionalInt address = tryRun("demo:address:" + requester.address(), perAddress, runs);
        OptionalInt wait =
                address.isPresent() ? address : tryRun("demo:session:" + requester.session(), perSession, runs);
        if (wait.isPresent()) {
            refused.increment(runs);
        }
        return wait;
    }

    private OptionalInt tryRun(String key, Allowance allowance, int runs) {
        return buckets.tryTake(allowance, key, runs)
                .map(wait -> OptionalInt.of((int) Math.max(1, wait.toSeconds() + 1)))
                .orElse(OptionalInt.empty());
    }
}
