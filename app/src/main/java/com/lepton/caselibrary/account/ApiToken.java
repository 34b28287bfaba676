package com.lepton.caselibrary.account;

import com.lepton.caselibrary.persistence.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;

/** A personal API token of an account. Only its SHA-256 is kept; the token itself is shown once. */
@Entity
@Table(name = "api_token")
@Getter
public class ApiToken extends CreatedEntity {

    /** Recording every use would write on every request; once a minute is enough to see a token is in use. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    @Getter(AccessLevel.PACKAGE)
    private Account account;

    private String name;

    @Getter(AccessLevel.NONE)
    private String tokenHash;

    private String tokenPrefix;

    private Instant lastUsedAt;

    protected ApiToken() {}

    ApiToken(Account account, String name, String tokenHash, String tokenPrefix, Instant now) {
        super(now);
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
    }

    /** Notes a use, at most once a minute (an unchanged row is not written). */
    void recordUse(Instant now) {
        if (lastUsedAt == null || !lastUsedAt.plus(USE_RESOLUTION).isAfter(now)) {
            lastUsedAt = now;
        }
    }
}
