package com.lepton.caselibrary.account;

import com.lepton.caselibrary.i18n.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API's side of {@link PasswordChangeGate}: an account still on the one-time password an administrator
 * gave it may not use the API with it (HTTP Basic) until its owner has chosen a password on the portal.
 */
@RequiredArgsConstructor
class ApiPasswordChangeGate extends OncePerRequestFilter {

    private final AccountService accounts;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && accounts.mustChangePassword(signedIn.getName())) {
            ApiSignInProblems.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    Messages.format("token.error.one-time-password", request.getLocale()));
            return;
        }
        chain.doFilter(request, response);
    }
}
