package com.lepton.caselibrary.layout;

import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/** What the portal tells a user about an unexpected failure, and the reference it logs it under. */
final class Failures {

    private Failures() {}

    /** True when the failure comes from the database being unreachable or refusing work. */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof TransactionException) {
                return true;
            }
        }
        return false;
    }

    /** The translation key of the message for this failure. */
    static String messageKey(Throwable failure) {
        return databaseUnavailable(failure) ? "error.database" : "error.unexpected";
    }

    /** A short reference the user can quote and an administrator can find in the log. */
    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
