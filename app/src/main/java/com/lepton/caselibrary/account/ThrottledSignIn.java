package com.lepton.caselibrary.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The two ways to sign in, ahead of the password check: an address that is being slowed down for
 * this account is turned away without looking at the password (the same answer as a wrong one), and
 * the metrics scraper's own credential ({@code lepton.security.metrics.*}) is checked apart from
 * the accounts, so scraping never counts against a person.
 */
final class ThrottledSignIn {

    /** The role of the metrics scraper's credential: metrics and nothing else. */
    static final String METRICS_ROLE = "METRICS";

    private ThrottledSignIn() {}

    /** Refused because this address failed too often for this account lately. */
    static final class Throttled extends AuthenticationException {

        Throttled(String message) {
            super(message);
        }
    }

    /** The client address behind a sign-in attempt (form or HTTP Basic), as Tomcat resolved it. */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    /** Checks the throttle first, then the delegate (the accounts' password check). */
    static AuthenticationProvider throttled(SignInThrottle throttle, AuthenticationProvider accounts) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                Optional<Duration> wait = throttle.waitFor(authentication.getName(), address(authentication));
                if (wait.isPresent()) {
                    throw new Throttled("too many wrong passwords from this address; try again in "
                            + (wait.get().toSeconds() + 1) + " s");
                }
                return accounts.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> type) {
                return accounts.supports(type);
            }
        };
    }

    /** The scraper's credential; null when none is configured (then only administrators read metrics). */
    static Optional<AuthenticationProvider> metricsScraper(SecurityProperties.Metrics metrics) {
        if (metrics.password().isEmpty()) {
            return Optional.empty();
        }
        byte[] expected = digest(metrics.password());
        return Optional.of(new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                if (!metrics.username().equals(authentication.getName())) {
                    return null;
                }
                Object given = authentication.getCredentials();
                if (given == null || !MessageDigest.isEqual(expected, digest(given.toString()))) {
                    throw new BadCredentialsException("wrong metrics credential");
                }
                return UsernamePasswordAuthenticationToken.authenticated(
                        metrics.username(), null, AuthorityUtils.createAuthorityList("ROLE_" + METRICS_ROLE));
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        });
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
