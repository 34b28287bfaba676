package com.lepton.caselibrary.search;

import com.lepton.caselibrary.i18n.TranslatedException;

/** A search the portal refuses (too long, an unknown filter); the message key is translated for the visitor. */
public class SearchQueryException extends TranslatedException {

    private final boolean unavailable;

    SearchQueryException(String messageKey, Object... arguments) {
        this(false, messageKey, arguments);
    }

    private SearchQueryException(boolean unavailable, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.unavailable = unavailable;
    }

    /** The search is fine but cannot be answered yet (the index is still being built). */
    static SearchQueryException notReady() {
        return new SearchQueryException(true, "search.error.unavailable");
    }

    /** Whether asking again later may succeed, as opposed to a query that is refused as it stands. */
    public boolean unavailable() {
        return unavailable;
    }
}
