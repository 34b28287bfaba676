package com.lepton.caselibrary.i18n;

/**
 * A request the portal refuses, explained by a translation key and its arguments, which the page or the API answer
 * translates into the visitor's language; the key is the exception's message too, for the logs.
 */
public abstract class TranslatedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected TranslatedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The translation key of the explanation, e.g. {@code account.error.password-too-short}. */
    public String messageKey() {
        return messageKey;
    }

    /** The values the translation fills in. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
