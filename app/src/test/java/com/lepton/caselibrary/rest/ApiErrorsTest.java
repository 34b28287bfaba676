package com.lepton.caselibrary.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors();

    @Test
    void anUnreachableDatabaseIsA503WithARetryHintInTheCallersLanguage() {
        ResponseEntity<ProblemDetail> english = errors.databaseUnavailable(
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"),
                Locale.ENGLISH);
        ResponseEntity<ProblemDetail> chinese = errors.databaseUnavailable(
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction"),
                Locale.SIMPLIFIED_CHINESE);

        assertThat(english.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(english.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(english.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(english.getBody().getDetail()).startsWith("The database is unavailable right now");
        assertThat(english.getBody().getProperties())
                .containsEntry("error", english.getBody().getDetail());
        assertThat(chinese.getBody().getDetail()).startsWith("数据库暂时不可用");
        // The exception's own words (driver, pool, SQL) never reach the caller.
        assertThat(english.getBody().toString()).doesNotContain("EntityManager");
    }

    @Test
    void connectionFailuresAreTheDatabaseButAConstraintViolationIsNot() {
        ExceptionHandlerMethodResolver handlers = new ExceptionHandlerMethodResolver(ApiErrors.class);
        Method database = Arrays.stream(ApiErrors.class.getDeclaredMethods())
                .filter(method -> method.getName().equals("databaseUnavailable"))
                .findFirst()
                .orElseThrow();
        assertThat(database.isAnnotationPresent(ExceptionHandler.class)).isTrue();

        assertThat(handlers.resolveMethod(new CannotCreateTransactionException("down")))
                .isEqualTo(database);
        assertThat(handlers.resolveMethod(new CannotGetJdbcConnectionException("down")))
                .isEqualTo(database);
        assertThat(handlers.resolveMethod(new QueryTimeoutException("slow"))).isEqualTo(database);
        assertThat(handlers.resolveMethod(new DataIntegrityViolationException("duplicate key")))
                .isNotEqualTo(database);
    }

    @Test
    void aBrokenConnectionUnderAnUncategorizedFailureIsTheDatabaseToo() throws Exception {
        // PostgreSQL stopped while the request held a pooled connection: the query failed, then the rollback on the
        // closed connection, which Spring reports as a JpaSystemException (a clean-clone CI run saw this as a 500).
        var rollbackFailed = new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed", "08003")));

        ResponseEntity<ProblemDetail> answer = errors.dataFailure(rollbackFailed, Locale.ENGLISH);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getDetail()).startsWith("The database is unavailable right now");
    }

    @Test
    void otherDataFailuresStayTheirOwnError() {
        var duplicate = new DataIntegrityViolationException(
                "duplicate key", new SQLException("duplicate key value violates unique constraint", "23505"));
        var noState = new JpaSystemException(new RuntimeException("mapping", new SQLException("odd")));

        assertThatThrownBy(() -> errors.dataFailure(duplicate, Locale.ENGLISH)).isSameAs(duplicate);
        assertThatThrownBy(() -> errors.dataFailure(noState, Locale.ENGLISH)).isSameAs(noState);
    }
}
