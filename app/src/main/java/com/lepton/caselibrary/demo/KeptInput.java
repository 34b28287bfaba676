package com.lepton.caselibrary.demo;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A visitor's own demo input, kept because they ticked "let Lepton keep this input". */
@Entity
@Table(name = "kept_input")
class KeptInput {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private String caseId;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "input_kind")
    private String inputKind;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "created_at")
    private Instant createdAt;

    protected KeptInput() {}

    KeptInput(String caseId, Long runId, String inputKind, String contentType, byte[] content) {
        this.caseId = caseId;
        this.runId = runId;
        this.inputKind = inputKind;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.createdAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    byte[] getContent() {
        return content.clone();
    }

    String getContentType() {
        return contentType;
    }

    String getCaseId() {
        return caseId;
    }
}
