package com.lepton.caselibrary.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
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
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors(mock(DataSource.class));

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
        assertThat(handlers.resolveMethod(new JpaSystemException(new RuntimeException("rollback"))))
                .extracting(Method::getName)
                .isEqualTo("unexplainedDataFailure");
        assertThat(handlers.resolveMethod(new DataIntegrityViolationException("duplicate key")))
                .isNull();
    }

    @Test
    void anUnexplainedFailureWhileTheDatabaseIsUnreachableIsTheDatabase() throws Exception {
        // PostgreSQL stopped while the request held a pooled connection: the query failed, then the rollback on the
        // connection the pool had closed, whose SQLException carries no state; Spring reports only the rollback.
        var rollbackFailed = new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        DataSource down = mock(DataSource.class);
        when(down.getConnection()).thenThrow(new SQLException("Connection is not available, request timed out"));

        ResponseEntity<ProblemDetail> answer =
                new ApiErrors(down).unexplainedDataFailure(rollbackFailed, Locale.ENGLISH);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getDetail()).startsWith("The database is unavailable right now");
    }

    @Test
    void aConnectionStateInTheFailureNeedsNoProbe() throws Exception {
        var commitFailed = new TransactionSystemException(
                "Could not commit", new SQLException("An I/O error occurred while sending to the backend", "08006"));
        DataSource untouched = mock(DataSource.class);

        ResponseEntity<ProblemDetail> answer =
                new ApiErrors(untouched).unexplainedDataFailure(commitFailed, Locale.SIMPLIFIED_CHINESE);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getBody().getDetail()).startsWith("数据库暂时不可用");
        verifyNoInteractions(untouched);
    }

    @Test
    void anUnexplainedFailureWithTheDatabaseUpStaysItsOwnError() throws Exception {
        var mappingBug = new JpaSystemException(new RuntimeException("mapping", new SQLException("odd")));
        Connection working = mock(Connection.class);
        when(working.isValid(anyInt())).thenReturn(true);
        DataSource up = mock(DataSource.class);
        when(up.getConnection()).thenReturn(working);

        assertThatThrownBy(() -> new ApiErrors(up).unexplainedDataFailure(mappingBug, Locale.ENGLISH))
                .isSameAs(mappingBug);
    }
}
