package com.lepton.caselibrary.inference;

/** Why a request could not be answered: the kind says what the visitor is told. */
public class InferenceException extends Exception {

    /** What went wrong, from the visitor's point of view. */
    public enum Kind {
        /** No predictor became free in time; try again. */
        BUSY,
        /** The plugin's adapter refused the input. */
        INVALID_INPUT,
        /** The model is not loaded. */
        UNAVAILABLE,
        /** The model or adapter failed. */
        FAILED
    }

    private final Kind kind;

    public InferenceException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
