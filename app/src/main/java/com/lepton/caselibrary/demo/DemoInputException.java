package com.lepton.caselibrary.demo;

/**
 * A visitor's input was refused; the message key and arguments name a translation.
 */
public class DemoInputException extends Exception {

    private final String messageKey;
    private final transient Object[] arguments;

    public DemoInputException(String messageKey, Object... arguments) {
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
