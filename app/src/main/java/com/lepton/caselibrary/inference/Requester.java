package com.lepton.caselibrary.inference;

/**
 * Who asks for a prediction, for fair turns: the client address first, then the session. Many
 * sessions from one address (a script, one office behind a proxy) share that address's turn.
 * Both are opaque hashes, never the raw address or session id.
 *
 * @param address the client address (hashed)
 * @param session the session (hashed), or the address again when there is none
 */
public record Requester(String address, String session) {

    public Requester {
        address = address == null || address.isBlank() ? "anonymous" : address;
        session = session == null || session.isBlank() ? address : session;
    }

    /** One requester that is its own address, for tools and tests. */
    public static Requester of(String name) {
        return new Requester(name, name);
    }
}
