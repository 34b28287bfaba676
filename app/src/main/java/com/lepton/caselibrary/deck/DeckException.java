package com.lepton.caselibrary.deck;

import com.lepton.caselibrary.i18n.TranslatedException;

/** A deck request that cannot be carried out; {@link #messageKey()} names the message shown to the user. */
public class DeckException extends TranslatedException {

    DeckException(String messageKey) {
        super(messageKey);
    }
}
