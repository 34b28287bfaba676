package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.demo.Refusal.Reason;

/**
 * A visitor's input was refused; the message key and arguments name a translation, the reason says whether it
 * was malformed or over a size limit.
 */
public class DemoInputException extends Exception {

    private final Reason reason;
    private final String messageKey;
    private final transient Object[] arguments;

    public DemoInputException(String messageKey, Object... arguments) {
        this(Reason.BAD_INPUT, messageKey, arguments);
    }

    private DemoInputException(Reason reason, String messageKey, Object... arguments) {
        super(messageKey);
        this.reason = reason;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** Input over a size limit (bytes, pixels), as opposed to input that is malformed. */
    static DemoInputException tooLarge(String messageKey, Object... arguments) {
        return new DemoInputException(Reason.TOO_LARGE, messageKey, arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
