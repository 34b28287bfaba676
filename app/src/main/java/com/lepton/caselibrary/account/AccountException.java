package com.lepton.caselibrary.account;

/** An account request that cannot be carried out; {@link #messageKey()} names the message shown to the user. */
public class AccountException extends RuntimeException {

    private final String messageKey;

    AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The translation key of the explanation, e.g. {@code account.error.password-too-short}. */
    public String messageKey() {
        return messageKey;
    }
}
