package com.lepton.caselibrary.account;

import com.lepton.caselibrary.persistence.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;

/** A consultant's, partner's or administrator's account. Only the password's hash is stored. */
@Entity
@Table(name = "account")
@Getter
public class Account extends CreatedEntity {

    private String username;

    @Getter(AccessLevel.PACKAGE)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private int failedAttempts;

    private Instant lockedUntil;

    private boolean mustChangePassword;

    private Instant passwordChangedAt;

    protected Account() {}

    Account(String username, String passwordHash, Role role, boolean mustChangePassword, Instant now) {
        super(now);
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.mustChangePassword = mustChangePassword;
        this.passwordChangedAt = now;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; at {@code maxAttempts} the account locks until {@code now + lockFor}. */
    void recordFailure(int maxAttempts, Instant lockUntil) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = lockUntil;
            failedAttempts = 0;
        }
    }

    void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash, boolean temporary, Instant now) {
        passwordHash = newHash;
        mustChangePassword = temporary;
        passwordChangedAt = now;
    }

    void unlock() {
        recordSuccess();
    }
}
