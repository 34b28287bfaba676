package com.lepton.caselibrary.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lepton.caselibrary.api.InvalidInputException;
import org.junit.jupiter.api.function.Executable;

/**
 * The adapter tests' refusal harness: an input the adapter must refuse, and what the visitor is told
 * in each language. Every adapter test repeated these lines.
 */
public final class Refusals {

    private Refusals() {}

    /** Runs {@code call}, which must refuse its input; returns the refusal. */
    public static InvalidInputException refusal(Executable call) {
        return assertThrows(InvalidInputException.class, call);
    }

    /**
     * Runs {@code call}, which must refuse its input, telling the visitor something that contains
     * {@code en} in English and {@code zh} in Chinese; returns the refusal for further checks.
     */
    public static InvalidInputException assertRefused(Executable call, String en, String zh) {
        InvalidInputException error = refusal(call);
        assertContains(error.userMessage().en(), en);
        assertContains(error.userMessage().zh(), zh);
        return error;
    }

    private static void assertContains(String message, String part) {
        assertTrue(message != null && message.contains(part), () -> "expected \"" + part + "\" in: " + message);
    }
}
