package com.lepton.caselibrary.account;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** Sends a user who signed in with a one-time password to the password page until it is changed. */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    PasswordChangeGate(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ChangePasswordView.class || event.getNavigationTarget() == LoginView.class) {
            return;
        }
        authentication.getPrincipalName()
                .filter(accounts::mustChangePassword)
                .ifPresent(name -> event.rerouteTo(ChangePasswordView.class));
    }
}
