package com.lepton.caselibrary.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down repeated wrong passwords instead of locking accounts: failures are counted per
 * account AND client address; after {@code lepton.security.max-failed-attempts} in a row from one
 * address, that address waits before its next try, twice as long after each further failure (1 s,
 * 2 s, 4 s, ... up to {@code lepton.security.lock-duration}). The same account signs in from any
 * other address as usual, so nobody can lock an administrator out. Kept in the database, so every
 * replica sees it and the command line can clear it ({@code unlock-account}).
 */
@Service
@RequiredArgsConstructor
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    /**
     * One account and address that failed.
     *
     * @param blockedUntil when that address may try again, or null while it is under the threshold
     */
    public record Failures(
            String username, String address, int failures, Instant lastFailureAt, Instant blockedUntil) {}

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    /** How long this address must still wait before trying this account again; empty: it may try now. */
    @Transactional(readOnly = true)
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        return find(key(username), address)
                .map(Failures::blockedUntil)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    @Transactional
    public void recordFailure(String username, String address) {
        String name = key(username);
        Instant now = clock.instant();
        int failures = find(name, address).map(Failures::failures).orElse(0) + 1;
        Instant blockedUntil = failures < properties.maxFailedAttempts() ? null : now.plus(delay(failures));
        int updated = jdbc.sql("update sign_in_failure set failures = ?, last_failure_at = ?, blocked_until = ?"
                        + " where username = ? and address = ?")
                .params(failures, Timestamp.from(now), timestamp(blockedUntil), name, address)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into sign_in_failure (username, address, failures, last_failure_at, blocked_until)"
                                + " values (?, ?, ?, ?, ?)")
                        .params(name, address, failures, Timestamp.from(now), timestamp(blockedUntil))
                        .update();
            } catch (DuplicateKeyException raced) {
                recordFailure(username, address);
                return;
            }
        }
        if (blockedUntil != null) {
            log.warn(
                    "sign-in to '{}' from {} slowed down: {} wrong passwords in a row, next try after {}",
                    name,
                    address,
                    failures,
                    blockedUntil);
        }
    }

    /** A right password from this address: its count starts again. */
    @Transactional
    public void recordSuccess(String username, String address) {
        jdbc.sql("delete from sign_in_failure where username = ? and address = ?")
                .params(key(username), address)
                .update();
    }

    /** Forgets every failure of the account, from every address (administrators, break-glass command). */
    @Transactional
    public int clear(String username) {
        return jdbc.sql("delete from sign_in_failure where username = ?")
                .param(key(username))
                .update();
    }

    /** The latest accounts and addresses that were slowed down, for the operations page. */
    @Transactional(readOnly = true)
    public List<Failures> recentlySlowed(int limit) {
        return jdbc.sql("select username, address, failures, last_failure_at, blocked_until from sign_in_failure"
                        + " where blocked_until is not null order by last_failure_at desc fetch first ? rows only")
                .param(limit)
                .query(this::row)
                .list();
    }

    /** 1 s at the threshold, doubling with each further failure, at most the configured lock duration. */
    Duration delay(int failures) {
        int doublings = Math.min(30, failures - properties.maxFailedAttempts());
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(properties.lockDuration()) > 0 ? properties.lockDuration() : delay;
    }

    private Optional<Failures> find(String username, String address) {
        return jdbc.sql("select username, address, failures, last_failure_at, blocked_until from sign_in_failure"
                        + " where username = ? and address = ?")
                .params(username, address)
                .query(this::row)
                .optional();
    }

    private Failures row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp blocked = rs.getTimestamp("blocked_until");
        return new Failures(
                rs.getString("username"),
                rs.getString("address"),
                rs.getInt("failures"),
                rs.getTimestamp("last_failure_at").toInstant(),
                blocked == null ? null : blocked.toInstant());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
