package com.lepton.caselibrary.inference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who asks for a prediction, for fair turns: the client address first, then the session. Many
 * sessions from one address (a script, one office behind a proxy) share that address's turn.
 * Both are opaque hashes, never the raw address or session id.
 *
 * @param address the client address (hashed)
 * @param session the session (hashed), or the address again when there is none
 * @param warmUp  whether this is the portal's own start-up warm-up, which no quota meters and no history records
 */
public record Requester(String address, String session, boolean warmUp) {

    public Requester {
        address = address == null || address.isBlank() ? "anonymous" : address;
        session = session == null || session.isBlank() ? address : session;
    }

    public Requester(String address, String session) {
        this(address, session, false);
    }

    /** The same requester, marked as the start-up warm-up. */
    public Requester warmingUp() {
        return new Requester(address, session, true);
    }

    /** A requester from a raw client address and session id, both hashed so neither is kept. */
    public static Requester hashed(String address, String sessionId) {
        return new Requester(hash(address), hash(sessionId));
    }

    /**
     * Cloned for each hash: {@code MessageDigest.getInstance} looks the algorithm up and checks it against the
     * disabled ones every time, which showed in the REST run's CPU profile.
     */
    private static final MessageDigest SHA_256 = sha256();

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String value) {
        if (value == null) {
            return null;
        }
        try {
            byte[] digest = ((MessageDigest) SHA_256.clone()).digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One requester that is its own address, for tools and tests. */
    public static Requester of(String name) {
        return new Requester(name, name);
    }
}
