package com.lepton.caselibrary.demorequest;

/**
 * A demo request refused: {@link #messageKey()} names the message for the visitor (with {@link #args()}),
 * {@link #field()} the form field at fault, or null for the whole form (e.g. too many requests).
 */
public class DemoRequestException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    DemoRequestException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
