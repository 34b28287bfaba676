package com.lepton.caselibrary.deck;

/** A deck request that cannot be carried out; {@link #messageKey()} names the message shown to the user. */
public class DeckException extends RuntimeException {

    private final String messageKey;

    DeckException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
