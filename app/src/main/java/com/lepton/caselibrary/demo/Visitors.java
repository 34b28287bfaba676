package com.lepton.caselibrary.demo;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Who is asking, for fair turns in the inference pool: a hash of the session id, never the id itself. */
final class Visitors {

    private Visitors() {
    }

    static String current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            return "session:" + hash(session.getSession().getId());
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null ? "address:" + hash(request.getRemoteAddr()) : "anonymous";
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
