package com.lepton.caselibrary.inference;

import com.lepton.caselibrary.api.InvalidInputException;

/** Why a request could not be answered: the kind says what the visitor is told. */
public class InferenceException extends Exception {

    /** What went wrong, from the visitor's point of view. */
    public enum Kind {
        /** The model's queue is full; try again after {@link #retryAfterSeconds()}. */
        BUSY,
        /** The answer did not come within the request timeout. */
        TIMEOUT,
        /** The plugin's adapter refused the input. */
        INVALID_INPUT,
        /** The model is not loaded (or is being unloaded). */
        UNAVAILABLE,
        /** The model or adapter failed. */
        FAILED
    }

    private final Kind kind;
    private final int retryAfterSeconds;

    public InferenceException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, 0);
    }

    public InferenceException(Kind kind, String message, Throwable cause, int retryAfterSeconds) {
        super(message, cause);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#BUSY}: a suggested wait before retrying, at least 1 s. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** A failed forward pass: the adapter's refusal of an input is the caller's fault, anything else the model's. */
    static InferenceException ofForwardPass(Exception e) {
        if (e.getCause() instanceof InvalidInputException invalid) {
            return new InferenceException(Kind.INVALID_INPUT, invalid.getMessage(), invalid);
        }
        return new InferenceException(Kind.FAILED, e.getMessage(), e);
    }
}
