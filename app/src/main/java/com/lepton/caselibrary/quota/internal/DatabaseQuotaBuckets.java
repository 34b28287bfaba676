package com.lepton.caselibrary.quota.internal;

import com.lepton.caselibrary.quota.QuotaBuckets;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Buckets in PostgreSQL (table {@code rate_limit_bucket}, migration V8_2), taken with SELECT ... FOR UPDATE by
 * bucket4j, so every replica on the same database draws on one allowance per visitor. Keys are stored as
 * SHA-256 hashes: the table holds no client addresses or session ids.
 *
 * <p>When the database cannot be reached, quotas are counted in this replica's memory for 30 seconds before
 * the database is tried again: visitors keep a quota (per replica) instead of every run failing.
 */
public class DatabaseQuotaBuckets implements QuotaBuckets {

    private static final Logger log = LoggerFactory.getLogger(DatabaseQuotaBuckets.class);
    static final Duration FALLBACK = Duration.ofSeconds(30);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final MemoryQuotaBuckets fallback = new MemoryQuotaBuckets();
    private final Clock clock;
    private volatile Instant databaseAgainAt = Instant.MIN;

    public DatabaseQuotaBuckets(DataSource dataSource, Clock clock) {
        this.clock = clock;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // A row is kept until its bucket would be full again, then removeExpired() drops it.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    @Override
    public Optional<Duration> tryTake(Allowance allowance, String key, int tokens) {
        if (clock.instant().isBefore(databaseAgainAt)) {
            return fallback.tryTake(allowance, key, tokens);
        }
        try {
            return MemoryQuotaBuckets.waitOf(buckets.getProxy(rowId(key, allowance), allowance::configuration)
                    .tryConsumeAndReturnRemaining(tokens));
        } catch (RuntimeException unreachable) {
            databaseAgainAt = clock.instant().plus(FALLBACK);
            log.warn(
                    "Quota store unreachable ({}); counting quotas in this replica's memory for {} s",
                    unreachable.getMessage(),
                    FALLBACK.toSeconds());
            return fallback.tryTake(allowance, key, tokens);
        }
    }

    /** Drops the rows of buckets that are full again (they would start full anyway). */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void removeExpired() {
        try {
            int removed;
            do {
                removed = buckets.removeExpired(1_000);
            } while (removed == 1_000);
        } catch (RuntimeException unreachable) {
            log.debug("Expired quota rows not removed: {}", unreachable.getMessage());
        }
    }

    private static String rowId(String key, Allowance allowance) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key + "|" + allowance.suffix()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
