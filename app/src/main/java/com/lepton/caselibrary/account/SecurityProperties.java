package com.lepton.caselibrary.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Accounts and sign-in.
 *
 * @param admin             the first administrator, created at first start when there is none
 * @param maxFailedAttempts wrong passwords in a row, for one account from one address, before that address
 *                          is slowed down (1 s, then doubling with each further failure)
 * @param lockDuration      the longest an address waits between tries (the delays stop growing there)
 * @param minPasswordLength shortest password accepted
 * @param metrics           the metrics scraper's own credential, apart from people's accounts
 */
@ConfigurationProperties("lepton.security")
public record SecurityProperties(
        Admin admin, int maxFailedAttempts, Duration lockDuration, int minPasswordLength, Metrics metrics) {

    @ConstructorBinding
    public SecurityProperties {
        admin = admin == null ? new Admin(null, null) : admin;
        metrics = metrics == null ? new Metrics(null, null) : metrics;
        maxFailedAttempts = maxFailedAttempts > 0 ? maxFailedAttempts : 5;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        minPasswordLength = minPasswordLength > 0 ? minPasswordLength : 12;
    }

    /** Properties without a metrics credential. */
    public SecurityProperties(Admin admin, int maxFailedAttempts, Duration lockDuration, int minPasswordLength) {
        this(admin, maxFailedAttempts, lockDuration, minPasswordLength, null);
    }

    /**
     * @param username the scraper's name on HTTP Basic ({@code LEPTON_SECURITY_METRICS_USERNAME}, "metrics")
     * @param password its password ({@code LEPTON_SECURITY_METRICS_PASSWORD}); empty: no scraper credential,
     *                 only administrators read {@code /actuator/prometheus}
     */
    public record Metrics(String username, String password) {

        public Metrics {
            username = username == null || username.isBlank() ? "metrics" : username.strip();
            password = password == null ? "" : password;
        }
    }

    /**
     * @param username the first administrator's name ({@code LEPTON_SECURITY_ADMIN_USERNAME})
     * @param password its password ({@code LEPTON_SECURITY_ADMIN_PASSWORD}); empty: a one-time password is
     *                 generated and printed in the log, to be changed at first sign-in
     */
    public record Admin(String username, String password) {

        public Admin {
            username = username == null || username.isBlank() ? "admin" : username.strip();
            password = password == null ? "" : password;
        }
    }
}
