package com.lepton.caselibrary.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Replicas starting together on one database: between "is there an administrator?" and "is the name free?" another
 * replica can create the administrator (seen in ReplicasBehindProxyIT). That is not a name taken by another role.
 */
class FirstAdministratorTest {

    private final AccountRepository accounts = mock(AccountRepository.class);
    private final AccountService service = new AccountService(
            accounts,
            mock(PasswordEncoder.class),
            new SecurityProperties(new SecurityProperties.Admin("admin", ""), 5, Duration.ofMinutes(15), 12, null),
            null,
            Clock.systemUTC());

    @Test
    void anAdministratorAnotherReplicaCreatedSinceTheFirstQuestionIsKept() {
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(false);
        when(accounts.findByUsernameIgnoreCase("admin")).thenReturn(Optional.of(account(Role.ADMIN)));

        assertThatCode(service::ensureFirstAdministrator).doesNotThrowAnyException();
        verify(accounts, never()).save(any());
    }

    @Test
    void theNameTakenByAnotherRoleStillStopsTheStart() {
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(false);
        when(accounts.findByUsernameIgnoreCase("admin")).thenReturn(Optional.of(account(Role.CONSULTANT)));

        assertThatThrownBy(service::ensureFirstAdministrator)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'admin' is taken by another role");
        verify(accounts, never()).save(any());
    }

    private static Account account(Role role) {
        return new Account("admin", "hash", role, false, Instant.EPOCH);
    }
}
