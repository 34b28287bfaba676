package com.lepton.caselibrary.quota.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.lepton.caselibrary.quota.QuotaBuckets;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;

/**
 * Buckets in this portal's memory: right for one portal (the embedded defaults); several replicas would each
 * give the whole allowance. Buckets untouched for two hours are dropped (the longest refill is an hour).
 */
public class MemoryQuotaBuckets implements QuotaBuckets {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2))
            .maximumSize(200_000)
            .build();

    @Override
    public Optional<Duration> tryTake(Allowance allowance, String key, int tokens) {
        Bucket bucket = buckets.get(
                key + "|" + allowance.suffix(),
                k -> Bucket.builder().addLimit(allowance.bandwidth()).build());
        return waitOf(bucket.tryConsumeAndReturnRemaining(tokens));
    }

    static Optional<Duration> waitOf(ConsumptionProbe probe) {
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
