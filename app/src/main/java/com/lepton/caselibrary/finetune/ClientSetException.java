package com.lepton.caselibrary.finetune;

import java.util.List;

/**
 * A client's data set, or a request to fine-tune on it, was refused; the message key and arguments name a
 * translation, {@code refused} lists the entries that were refused and why (also translation keys with the
 * entry's name as argument {0}).
 */
public class ClientSetException extends Exception {

    private final String messageKey;
    private final transient Object[] arguments;
    private final List<Refusal> refused;

    /** One refused entry: its name in the archive and the translation key of the reason. */
    public record Refusal(String entry, String reasonKey) {}

    public ClientSetException(String messageKey, Object... arguments) {
        this(List.of(), messageKey, arguments);
    }

    public ClientSetException(List<Refusal> refused, String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.refused = List.copyOf(refused);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<Refusal> refused() {
        return refused;
    }
}
