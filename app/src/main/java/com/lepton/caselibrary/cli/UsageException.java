package com.lepton.caselibrary.cli;

/** The command line does not say what the command expects; the message says what is wrong. */
public final class UsageException extends IllegalArgumentException {

    public UsageException(String message) {
        super(message);
    }
}
