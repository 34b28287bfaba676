package com.lepton.caselibrary.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What most of the portal's tables share: an {@code id} column the database generates (identity) and a
 * {@code created_at} column with the time the row was made. Only the mapping moves here; the tables are unchanged.
 * Entities name a column only where it differs from Spring Boot's default ({@code createdAt} → {@code created_at}).
 */
@MappedSuperclass
public abstract class CreatedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant createdAt;

    /** For JPA. */
    protected CreatedEntity() {}

    protected CreatedEntity(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** The id the database gave the row; null until it is written. */
    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** For an entity whose row was written outside JPA (a batched insert): the id the database gave it. */
    protected void assignId(Long id) {
        this.id = id;
    }
}
