package com.lepton.caselibrary.rest;

import com.lepton.caselibrary.i18n.Messages;
import com.lepton.caselibrary.search.SearchQueryException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every refusal of the case and search API as a problem body ({@link ApiProblems}) in the caller's language.
 * Not tied to a controller: an oversized upload fails before any handler is chosen, and {@link ApiRequestLimit}
 * hands its refusal here too.
 */
@RestControllerAdvice
@RequiredArgsConstructor
class ApiErrors {

    /** How long a caller should wait before trying again while the database is unreachable. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    /** How long a probe after an unexplained data failure waits for the database to answer a validation. */
    private static final int DATABASE_PROBE_SECONDS = 2;

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final DataSource database;

    @ExceptionHandler(ApiRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ApiRefusedException refused, Locale locale) {
        return refused.answer(locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(Locale locale) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, Messages.format("api.error.unreadable", locale));
    }

    /** A search refused (too long, malformed, an unknown filter value) or not answerable yet. */
    @ExceptionHandler(SearchQueryException.class)
    ResponseEntity<ProblemDetail> badSearch(SearchQueryException refused, Locale locale) {
        HttpStatus status = refused.unavailable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST;
        return ApiProblems.problem(status, Messages.format(refused.messageKey(), locale, refused.arguments()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(Locale locale) {
        return ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, Messages.format("api.error.uploadtoolarge", locale));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badUpload(Locale locale) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, Messages.format("api.error.unreadable", locale));
    }

    /** A JSON body over {@code lepton.api.max-json-bytes}, refused by {@link ApiRequestLimit} before it is read. */
    @ExceptionHandler(ApiRequestLimit.TooLarge.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(ApiRequestLimit.TooLarge refused, Locale locale) {
        return ApiProblems.problem(
                HttpStatus.CONTENT_TOO_LARGE, Messages.format("api.error.toolarge", locale, refused.kilobytes()));
    }

    /**
     * The database unreachable (a PostgreSQL restart) or refusing connections: 503 with {@code Retry-After} in the
     * caller's language, not a bare 500. Demo runs do not read it and keep answering; a constraint violation or any
     * other data error is not this and stays a 500.
     */
    @ExceptionHandler({
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception failure, Locale locale) {
        log.warn("An API request could not be answered, the database is unavailable: {}", failure.toString());
        return ApiProblems.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                Messages.format("api.error.database", locale),
                DATABASE_RETRY_AFTER_SECONDS);
    }

    /**
     * A data or transaction failure that does not say what it was: the database's if it cannot be reached now. When
     * PostgreSQL stops while a request holds a pooled connection, the query fails on the broken connection and then
     * its rollback fails on the closed one, and Spring reports only the rollback's uncategorized failure (a clean-clone
     * CI run saw that as a 500). The driver's own SQL state of class 08, "connection exception", says so at once;
     * otherwise the pool is asked for a working connection. Anything else is rethrown and stays a 500.
     */
    @ExceptionHandler({UncategorizedDataAccessException.class, TransactionSystemException.class})
    ResponseEntity<ProblemDetail> unexplainedDataFailure(Exception failure, Locale locale) throws Exception {
        if (saysConnectionFailure(failure) || !databaseAnswers()) {
            return databaseUnavailable(failure, locale);
        }
        throw failure;
    }

    private static boolean saysConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private boolean databaseAnswers() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(DATABASE_PROBE_SECONDS);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
