package com.lepton.caselibrary.rest;

import com.lepton.caselibrary.demo.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A request the REST API refuses, answered by {@link ApiErrors}: a demo run refused for a {@link Refusal}, or a
 * status with a translation key (an unknown case or sample).
 */
final class ApiRefusedException extends RuntimeException {

    private final transient Refusal refusal;
    private final String caseId;
    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;

    private ApiRefusedException(
            Refusal refusal, String caseId, HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.refusal = refusal;
        this.caseId = caseId;
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    static ApiRefusedException run(String caseId, Refusal refusal) {
        return new ApiRefusedException(refusal, caseId, null, refusal.messageKey());
    }

    static ApiRefusedException notFound(String messageKey, Object... arguments) {
        return new ApiRefusedException(null, null, HttpStatus.NOT_FOUND, messageKey, arguments);
    }

    /** The refused run's reason, or {@code null} for a refusal by status. */
    Refusal refusal() {
        return refusal;
    }

    String caseId() {
        return caseId;
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
