package com.lepton.caselibrary.account;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds Spring Security's sign-in events to the throttle (per account and client address), and
 * creates the first administrator at start. Only names the portal knows are counted (accounts and
 * the metrics scraper), so random names fill no table.
 */
@Component
@RequiredArgsConstructor
class SignInEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final AccountService accounts;
    private final SignInThrottle throttle;
    private final SecurityProperties properties;

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        if (name != null && (accounts.find(name.strip()).isPresent() || isScraper(name))) {
            throttle.recordFailure(name, ThrottledSignIn.address(event.getAuthentication()));
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        if (!isScraper(name)) {
            accounts.recordSuccessfulSignIn(name);
        }
        throttle.recordSuccess(name, ThrottledSignIn.address(event.getAuthentication()));
    }

    private boolean isScraper(String name) {
        return !properties.metrics().password().isEmpty()
                && properties.metrics().username().equals(name);
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            accounts.ensureFirstAdministrator();
        } catch (DataIntegrityViolationException anotherReplicaWasFirst) {
            // Replicas started together on one database all see "no administrator"; the unique username lets
            // one insert win. Asking again finds its administrator, and fails as before when there is none.
            accounts.ensureFirstAdministrator();
            log.info("first administrator created by another replica starting at the same time");
        }
    }
}
