package com.lepton.caselibrary.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts and sign-in.
 *
 * @param admin             the first administrator, created at first start when there is none
 * @param maxFailedAttempts failed sign-ins in a row that lock an account
 * @param lockDuration      how long a locked account stays locked
 * @param minPasswordLength shortest password accepted
 */
@ConfigurationProperties("lepton.security")
public record SecurityProperties(Admin admin, int maxFailedAttempts, Duration lockDuration, int minPasswordLength) {

    public SecurityProperties {
        admin = admin == null ? new Admin(null, null) : admin;
        maxFailedAttempts = maxFailedAttempts > 0 ? maxFailedAttempts : 5;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
        minPasswordLength = minPasswordLength > 0 ? minPasswordLength : 12;
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
