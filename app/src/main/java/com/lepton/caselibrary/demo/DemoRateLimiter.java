package com.lepton.caselibrary.demo;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/**
 * Demo runs per visitor per minute (bucket4j token buckets), so one visitor cannot spend the
 * compute of everyone else. Buckets of visitors gone quiet are dropped after ten minutes.
 */
@Component
class DemoRateLimiter {

    private final int runsPerMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    DemoRateLimiter(DemoProperties properties) {
        this.runsPerMinute = properties.runsPerMinute();
    }

    /** Takes one run from the visitor's allowance; empty when allowed, else the seconds to wait. */
    OptionalInt tryRun(String visitor) {
        Bucket bucket = buckets.get(visitor, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(runsPerMinute).refillGreedy(runsPerMinute, Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
