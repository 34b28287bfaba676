package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.inference.Requester;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who is asking, for fair turns in the inference pool and demo quotas: hashes of the client
 * address and the session id, never the values themselves.
 */
final class Visitors {

    private Visitors() {
    }

    static Requester current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        String address = request != null ? hash(request.getRemoteAddr()) : null;
        if (address == null && session != null && session.getBrowser() != null && session.getBrowser().getAddress() != null) {
            address = hash(session.getBrowser().getAddress());
        }
        String id = session != null && session.getSession() != null ? hash(session.getSession().getId()) : null;
        return new Requester(address, id);
    }

    /** A requester of the REST API: the address, and the session when the client keeps one. */
    static Requester of(String remoteAddress, String sessionId) {
        return new Requester(remoteAddress == null ? null : hash(remoteAddress), sessionId == null ? null : hash(sessionId));
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
