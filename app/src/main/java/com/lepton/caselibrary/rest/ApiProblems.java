package com.lepton.caselibrary.rest;

import com.lepton.caselibrary.demo.Refusal;
import com.lepton.caselibrary.demo.Refusal.Reason;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The REST API's refusals as RFC 9457 problem bodies ({@code application/problem+json}). A refused demo run keeps
 * the fields callers already read ({@code caseId}, {@code succeeded}, {@code messageKey}, {@code message}) and adds
 * its {@code reason}; any other refusal keeps {@code error}. The status and {@code Retry-After} follow the reason,
 * never the wording.
 */
final class ApiProblems {

    private ApiProblems() {}

    static HttpStatus status(Reason reason) {
        return switch (reason) {
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case BUSY, UNAVAILABLE, WITHDRAWN -> HttpStatus.SERVICE_UNAVAILABLE;
            case TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
            case FAILED -> HttpStatus.INTERNAL_SERVER_ERROR;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case BAD_INPUT, REFUSED_BY_PLUGIN, UNSUPPORTED -> HttpStatus.BAD_REQUEST;
        };
    }

    /** A refused demo run, with {@code Retry-After} when waiting helps. */
    static ResponseEntity<ProblemDetail> refusedRun(String caseId, Refusal refusal, Locale locale) {
        String message = refusal.message(locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(refusal.reason()), message);
        // A title of our own: the status's reason phrase ("Bad Request") reads like a framework's error page.
        problem.setTitle("Demo run refused");
        problem.setProperty("caseId", caseId);
        problem.setProperty("succeeded", false);
        problem.setProperty("reason", refusal.reason().name());
        problem.setProperty("messageKey", refusal.messageKey());
        problem.setProperty("message", message);
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus());
        refusal.retryAfterSeconds()
                .ifPresent(seconds -> answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)));
        return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Any other refusal: the message as {@code detail} and, as before problem bodies, {@code error}. */
    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
        return problem(ResponseEntity.status(status), status, message);
    }

    /** The same, for a refusal that passes once the caller has waited {@code retryAfterSeconds}. */
    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message, int retryAfterSeconds) {
        return problem(
                ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds)),
                status,
                message);
    }

    private static ResponseEntity<ProblemDetail> problem(
            ResponseEntity.BodyBuilder answer, HttpStatus status, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(message);
        problem.setProperty("error", message);
        return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
