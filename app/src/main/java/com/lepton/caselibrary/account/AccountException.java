package com.lepton.caselibrary.account;

import com.lepton.caselibrary.i18n.TranslatedException;

/** An account request that cannot be carried out; {@link #messageKey()} names the message shown to the user. */
public class AccountException extends TranslatedException {

    AccountException(String messageKey) {
        super(messageKey);
    }
}
