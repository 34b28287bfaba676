package com.lepton.caselibrary.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: an account makes them on its tokens page for scripts and build pipelines, which send
 * one as {@code Authorization: Bearer lct_...} and act with that account's role. 256 random bits each; only
 * their SHA-256 is stored, so a copy of the database holds no usable token.
 */
@Service
@RequiredArgsConstructor
public class ApiTokens {

    static final String PREFIX = "lct_";
    static final int MAX_PER_ACCOUNT = 10;
    static final int MAX_NAME_LENGTH = 60;
    private static final int SECRET_BYTES = 32;
    private static final int TOKEN_LENGTH = PREFIX.length() + 43;

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A token just made: {@code secret} is shown to its owner once and never again. */
    public record NewToken(ApiToken token, String secret) {}

    @Transactional
    public NewToken create(String username, String name) {
        Account account = account(username);
        if (account.isMustChangePassword()) {
            throw new AccountException("token.error.password-first");
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()
                || label.length() > MAX_NAME_LENGTH
                || label.codePoints().anyMatch(ApiTokens::isControlOrBidi)) {
            throw new AccountException("token.error.name");
        }
        if (tokens.countByAccount(account) >= MAX_PER_ACCOUNT) {
            throw new AccountException("token.error.too-many");
        }
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(
                new ApiToken(account, label, hash(secret), secret.substring(0, PREFIX.length() + 6), clock.instant()));
        log.info("API token '{}' made for account '{}'", label, account.getUsername());
        return new NewToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> list(String username) {
        return tokens.findByAccountOrderByCreatedAtDesc(account(username));
    }

    /** Revokes one of the account's own tokens; another account's token is "not found", as an unknown one. */
    @Transactional
    public void revoke(String username, long tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(found -> found.getAccount().getUsername().equalsIgnoreCase(username))
                .orElseThrow(() -> new AccountException("token.error.not-found"));
        tokens.delete(token);
        log.info("API token '{}' of account '{}' revoked", token.getName(), username);
    }

    /**
     * The account a presented token stands for, with its role, or empty when the token is unknown or revoked,
     * or its account is locked or still has a one-time password.
     */
    @Transactional
    public Optional<Authentication> authenticate(String secret) {
        if (secret == null || secret.length() != TOKEN_LENGTH || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret))
                .filter(token -> !token.getAccount().isLockedAt(clock.instant()))
                .filter(token -> !token.getAccount().isMustChangePassword())
                .map(token -> {
                    token.recordUse(clock.instant());
                    Account account = token.getAccount();
                    return UsernamePasswordAuthenticationToken.authenticated(
                            account.getUsername(),
                            null,
                            List.of(new SimpleGrantedAuthority(
                                    "ROLE_" + account.getRole().name())));
                });
    }

    private Account account(String username) {
        return accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new AccountException("account.error.not-found"));
    }

    private static boolean isControlOrBidi(int codePoint) {
        return Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || Character.getType(codePoint) == Character.LINE_SEPARATOR
                || Character.getType(codePoint) == Character.PARAGRAPH_SEPARATOR;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
