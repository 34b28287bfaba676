package com.lepton.caselibrary.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: sign-in lookups for Spring Security, password
 * changes, and what administrators do (create, reset, unlock).
 */
@Service
@RequiredArgsConstructor
public class AccountService implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    /** No look-alike characters (0/O, 1/l/I), since one-time passwords are read off a screen or a log. */
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private static final int GENERATED_LENGTH = 20;

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SecurityProperties properties;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRole().name())
                .accountLocked(account.isLockedAt(clock.instant()))
                .build();
    }

    @Transactional
    public void recordSuccessfulSignIn(String username) {
        accounts.findByUsernameIgnoreCase(username).ifPresent(Account::recordSuccess);
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return accounts.findByUsernameIgnoreCase(username);
    }

    @Transactional(readOnly = true)
    public List<Account> list() {
        return accounts.findAllByOrderByUsernameAsc();
    }

    /** True when the account signed in with a one-time password that it must replace first. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return accounts.findByUsernameIgnoreCase(username)
                .map(Account::isMustChangePassword)
                .orElse(false);
    }

    /**
     * Creates an account with a generated one-time password, returned once to show to the
     * administrator; the user must change it at first sign-in.
     */
    @Transactional
    public String create(String username, Role role) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("account.error.username-invalid");
        }
        if (accounts.findByUsernameIgnoreCase(name).isPresent()) {
            throw new AccountException("account.error.username-taken");
        }
        String password = generatePassword();
        accounts.save(new Account(name, passwords.encode(password), role, true, clock.instant()));
        log.info("account '{}' created with role {}", name, role);
        return password;
    }

    /** Replaces the password with a generated one-time password, and unlocks the account. */
    @Transactional
    public String resetPassword(long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountException("account.error.not-found"));
        String password = generatePassword();
        account.changePassword(passwords.encode(password), true, clock.instant());
        account.unlock();
        throttle.clear(account.getUsername());
        log.info("password of account '{}' reset by an administrator", account.getUsername());
        return password;
    }

    /** Lifts a lock and forgets the account's failed sign-ins from every address. */
    @Transactional
    public void unlock(long id) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountException("account.error.not-found"));
        account.unlock();
        throttle.clear(account.getUsername());
        log.info("account '{}' unlocked by an administrator", account.getUsername());
    }

    /** The user's own change: the current password must be right and the new one long enough and different. */
    @Transactional
    public void changePassword(String username, String current, String replacement) {
        Account account = accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new AccountException("account.error.not-found"));
        if (current == null || !passwords.matches(current, account.getPasswordHash())) {
            throw new AccountException("account.error.current-password-wrong");
        }
        checkNewPassword(account.getUsername(), current, replacement);
        account.changePassword(passwords.encode(replacement), false, clock.instant());
        log.info("account '{}' changed its password", account.getUsername());
    }

    private void checkNewPassword(String username, String current, String replacement) {
        if (replacement == null || replacement.length() < properties.minPasswordLength()) {
            throw new AccountException("account.error.password-too-short");
        }
        if (replacement.length() > 128) {
            throw new AccountException("account.error.password-too-long");
        }
        if (replacement.equals(current)
                || replacement.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new AccountException("account.error.password-weak");
        }
    }

    /**
     * At start: when no administrator exists, creates the first one from {@code lepton.security.admin.*};
     * without a configured password, with a one-time password printed once in the log.
     */
    @Transactional
    public void ensureFirstAdministrator() {
        if (accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        String username = properties.admin().username();
        Optional<Account> taken = accounts.findByUsernameIgnoreCase(username);
        if (taken.isPresent() && taken.get().getRole() == Role.ADMIN) {
            // Another replica starting at the same time created it since the question above.
            log.info("first administrator '{}' created by another replica starting at the same time", username);
            return;
        }
        if (taken.isPresent()) {
            throw new IllegalStateException("no administrator exists, but '" + username + "' is taken by another role; "
                    + "set lepton.security.admin.username to a free name");
        }
        boolean generated = properties.admin().password().isEmpty();
        String password = generated ? generatePassword() : properties.admin().password();
        if (!generated && password.length() < properties.minPasswordLength()) {
            throw new IllegalStateException("lepton.security.admin.password must have at least "
                    + properties.minPasswordLength() + " characters");
        }
        accounts.save(new Account(username, passwords.encode(password), Role.ADMIN, generated, clock.instant()));
        if (generated) {
            // Printed once: it is never stored in clear and must be changed at first sign-in.
            log.warn("""

                    ==================================================================
                    First administrator created: {}
                    One-time password:           {}
                    Sign in at /login and choose a new password; this one is not shown again.
                    ==================================================================""", username, password);
        } else {
            log.info("first administrator '{}' created from lepton.security.admin.password", username);
        }
    }

    private String generatePassword() {
        return oneTimePassword(random);
    }

    /** A one-time password of 20 characters without look-alikes. */
    static String oneTimePassword(SecureRandom random) {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
