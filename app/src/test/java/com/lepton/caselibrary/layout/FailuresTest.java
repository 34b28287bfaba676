package com.lepton.caselibrary.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

class FailuresTest {

    @Test
    void findsTheDatabaseBehindTheWrappersSpringAndVaadinAdd() {
        var down = new BeanCreationException(
                "decksView",
                new CannotCreateTransactionException("no connection", new SQLTransientConnectionException("timeout")));
        assertThat(Failures.databaseUnavailable(down)).isTrue();
        assertThat(Failures.messageKey(down)).isEqualTo("error.database");
        assertThat(Failures.databaseUnavailable(new IllegalStateException(new DataAccessResourceFailureException("x"))))
                .isTrue();
    }

    @Test
    void anyOtherFailureIsUnexpected() {
        var bug = new IllegalStateException("bug", new NullPointerException());
        assertThat(Failures.databaseUnavailable(bug)).isFalse();
        assertThat(Failures.messageKey(bug)).isEqualTo("error.unexpected");
        assertThat(Failures.newReference()).hasSize(8).isNotEqualTo(Failures.newReference());
    }
}
