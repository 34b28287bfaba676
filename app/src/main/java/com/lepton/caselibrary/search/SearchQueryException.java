package com.lepton.caselibrary.search;

/** A search the portal refuses (too long, an unknown filter); the message key is translated for the visitor. */
public class SearchQueryException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final boolean unavailable;

    SearchQueryException(String messageKey, Object... arguments) {
        this(false, messageKey, arguments);
    }

    private SearchQueryException(boolean unavailable, String messageKey, Object... arguments) {
        super(messageKey);
        this.unavailable = unavailable;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The search is fine but cannot be answered yet (the index is still being built). */
    static SearchQueryException notReady() {
        return new SearchQueryException(true, "search.error.unavailable");
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Whether asking again later may succeed, as opposed to a query that is refused as it stands. */
    public boolean unavailable() {
        return unavailable;
    }
}
