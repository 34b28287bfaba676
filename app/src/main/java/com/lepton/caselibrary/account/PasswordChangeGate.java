package com.lepton.caselibrary.account;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Sends a user who signed in with a one-time password to the password page until it is changed.
 * Once a session's user is found clear, the session remembers it, so navigation does not ask the
 * database again.
 */
@Component
@RequiredArgsConstructor
class PasswordChangeGate implements VaadinServiceInitListener {

    /** Session attribute: the user found not to need a password change. */
    private static final String CLEARED = PasswordChangeGate.class.getName() + ".cleared";

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ChangePasswordView.class || event.getNavigationTarget() == LoginView.class) {
            return;
        }
        VaadinSession session = event.getUI().getSession();
        Optional<String> user = authentication.getPrincipalName();
        if (user.isEmpty() || user.get().equals(session.getAttribute(CLEARED))) {
            return;
        }
        if (accounts.mustChangePassword(user.get())) {
            event.rerouteTo(ChangePasswordView.class);
        } else {
            session.setAttribute(CLEARED, user.get());
        }
    }
}
