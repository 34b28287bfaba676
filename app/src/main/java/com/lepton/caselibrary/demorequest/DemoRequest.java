package com.lepton.caselibrary.demorequest;

import com.lepton.caselibrary.persistence.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** A visitor's request for a demo, as they typed it, with the page it came from and where it stands. */
@Entity
@Table(name = "demo_request")
@Getter
public class DemoRequest extends CreatedEntity {

    /** Where a request stands: consultants move it from new to contacted to closed (or back). */
    public enum Status {
        NEW,
        CONTACTED,
        CLOSED
    }

    private String name;
    private String organisation;
    private String contact;
    private String message;
    private String page;
    private String language;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant updatedAt;

    private String updatedBy;

    protected DemoRequest() {}

    DemoRequest(DemoRequestForm form) {
        super(Instant.now());
        this.name = form.name();
        this.organisation = form.organisation();
        this.contact = form.contact();
        this.message = form.message();
        this.page = form.page();
        this.language = form.language();
        this.status = Status.NEW;
        this.updatedAt = getCreatedAt();
    }

    void moveTo(Status next, String by) {
        this.status = next;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }
}
