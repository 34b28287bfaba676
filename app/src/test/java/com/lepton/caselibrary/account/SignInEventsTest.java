package com.lepton.caselibrary.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Replicas starting together on one database: the one that loses the first administrator's insert still starts. */
class SignInEventsTest {

    private final AccountService accounts = mock(AccountService.class);
    private final SignInEvents events = new SignInEvents(accounts, null, null);

    @Test
    void anAdministratorAnotherReplicaInsertedMeanwhileIsFoundOnAskingAgain() {
        doThrow(new DataIntegrityViolationException("duplicate username"))
                .doNothing()
                .when(accounts)
                .ensureFirstAdministrator();

        assertThatCode(() -> events.run(null)).doesNotThrowAnyException();
        verify(accounts, times(2)).ensureFirstAdministrator();
    }

    @Test
    void anInsertThatFailsAgainStopsTheStart() {
        doThrow(new DataIntegrityViolationException("some other constraint"))
                .when(accounts)
                .ensureFirstAdministrator();

        assertThatThrownBy(() -> events.run(null)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aFirstStartAsksOnce() {
        doNothing().when(accounts).ensureFirstAdministrator();

        events.run(null);

        verify(accounts, times(1)).ensureFirstAdministrator();
    }
}
