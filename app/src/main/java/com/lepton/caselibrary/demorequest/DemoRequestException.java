package com.lepton.caselibrary.demorequest;

import com.lepton.caselibrary.i18n.TranslatedException;

/**
 * A demo request refused: {@link #messageKey()} names the message for the visitor (with {@link #arguments()}),
 * {@link #field()} the form field at fault, or null for the whole form (e.g. too many requests).
 */
public class DemoRequestException extends TranslatedException {

    private final String field;

    DemoRequestException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
