package com.lepton.caselibrary.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds Spring Security's sign-in events to the lock-out, and creates the first administrator at start. */
@Component
class SignInEvents implements ApplicationRunner {

    private final AccountService accounts;

    SignInEvents(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedSignIn(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.ensureFirstAdministrator();
    }
}
