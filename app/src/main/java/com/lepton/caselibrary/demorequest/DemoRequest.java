package com.lepton.caselibrary.demorequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A visitor's request for a demo, as they typed it, with the page it came from and where it stands. */
@Entity
@Table(name = "demo_request")
public class DemoRequest {

    /** Where a request stands: consultants move it from new to contacted to closed (or back). */
    public enum Status {
        NEW,
        CONTACTED,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String organisation;
    private String contact;
    private String message;
    private String page;
    private String language;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected DemoRequest() {}

    DemoRequest(DemoRequestForm form) {
        this.name = form.name();
        this.organisation = form.organisation();
        this.contact = form.contact();
        this.message = form.message();
        this.page = form.page();
        this.language = form.language();
        this.status = Status.NEW;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void moveTo(Status next, String by) {
        this.status = next;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getContact() {
        return contact;
    }

    public String getMessage() {
        return message;
    }

    public String getPage() {
        return page;
    }

    public String getLanguage() {
        return language;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
