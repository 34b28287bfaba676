package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.inference.Requester;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/**
 * Who is asking, for fair turns in the inference pool and demo quotas: hashes of the client
 * address and the session id, never the values themselves.
 */
final class Visitors {

    private Visitors() {}

    static Requester current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        String address = request != null ? request.getRemoteAddr() : null;
        if (address == null && session != null && session.getBrowser() != null) {
            address = session.getBrowser().getAddress();
        }
        String id = session != null && session.getSession() != null
                ? session.getSession().getId()
                : null;
        return Requester.hashed(address, id);
    }
}
