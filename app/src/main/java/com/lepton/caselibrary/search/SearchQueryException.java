package com.lepton.caselibrary.search;

/** A search the portal refuses (too long, an unknown filter); the message key is translated for the visitor. */
public class SearchQueryException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    SearchQueryException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
