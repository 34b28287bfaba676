package com.lepton.caselibrary.content;

/** Thrown when a Markdown document of a {@link BilingualLibrary} is malformed; the message names the problem. */
public class InvalidDocumentException extends Exception {

    protected InvalidDocumentException(String message) {
        super(message);
    }
}
