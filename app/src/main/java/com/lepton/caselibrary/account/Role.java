package com.lepton.caselibrary.account;

/**
 * What a signed-in account may do. Visitors need no account: anonymous users browse and run demos
 * within the visitor quota.
 */
public enum Role {
    /** Builds and presents decks for clients; a higher demo quota. */
    CONSULTANT,
    /** Uploads and manages their own plugins. */
    PARTNER,
    /** Reviews and enables plugins, manages accounts, sees operations. */
    ADMIN;

    /** The Spring Security authority, {@code ROLE_} + name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
