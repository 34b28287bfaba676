package com.lepton.caselibrary.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The secret that marks the portal's own start-up warm-up requests ({@link StartupWarmUp}): drawn at each start and
 * never written anywhere, so no visitor can run unmetered or unrecorded by sending the header.
 */
@Component
public class WarmUpToken {

    /** The request header that carries the token. */
    public static final String HEADER = "X-Lepton-Warm-Up";

    private final String token;

    public WarmUpToken() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        token = HexFormat.of().formatHex(secret);
    }

    /** Whether a request's header value is this start's token (compared in constant time). */
    public boolean matches(String headerValue) {
        return headerValue != null
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.US_ASCII), headerValue.getBytes(StandardCharsets.US_ASCII));
    }

    String value() {
        return token;
    }
}
