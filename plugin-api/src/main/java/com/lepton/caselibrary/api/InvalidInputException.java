package com.lepton.caselibrary.api;

/**
 * Thrown by a {@link DataAdapter} when an input cannot be turned into tensors. The host shows
 * the message to the visitor, so it is given in both languages.
 */
public class InvalidInputException extends Exception {

    private final transient LocalizedText userMessage;

    public InvalidInputException(LocalizedText userMessage) {
        super(userMessage.en());
        this.userMessage = userMessage;
    }

    /** The message for the visitor, in both languages. */
    public LocalizedText userMessage() {
        return userMessage;
    }
}
