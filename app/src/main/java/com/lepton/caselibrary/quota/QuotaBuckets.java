package com.lepton.caselibrary.quota;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Optional;

/**
 * Named token buckets: each key has {@code capacity} tokens, refilled evenly over {@code period}.
 * Demo runs and demo requests take from them; where they are stored decides whether replicas share them.
 */
public interface QuotaBuckets {

    /**
     * Takes {@code tokens} from the bucket of {@code key}, or none; empty when taken, else how long to wait
     * until enough tokens are back.
     */
    Optional<Duration> tryTake(Allowance allowance, String key, int tokens);

    /** A bucket's size and refill: {@code capacity} tokens per {@code period}. */
    record Allowance(int capacity, Duration period) {
        public Allowance {
            if (capacity < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("an allowance needs a positive capacity and period");
            }
        }

        public static Allowance perMinute(int capacity) {
            return new Allowance(capacity, Duration.ofMinutes(1));
        }

        public static Allowance perHour(int capacity) {
            return new Allowance(capacity, Duration.ofHours(1));
        }

        /** The bucket4j limit; for the stores in {@code quota.internal}. */
        public Bandwidth bandwidth() {
            return Bandwidth.builder()
                    .capacity(capacity)
                    .refillGreedy(capacity, period)
                    .build();
        }

        /** The bucket4j configuration; for the stores in {@code quota.internal}. */
        public BucketConfiguration configuration() {
            return BucketConfiguration.builder().addLimit(bandwidth()).build();
        }

        /** Part of the bucket's key, so that changing a setting starts fresh buckets instead of reusing old ones. */
        public String suffix() {
            return capacity + "/" + period.toSeconds() + "s";
        }
    }
}
