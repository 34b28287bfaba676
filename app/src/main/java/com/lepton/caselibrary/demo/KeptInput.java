package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.persistence.CreatedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;

/** A visitor's own demo input, kept because they ticked "let Lepton keep this input". */
@Entity
@Table(name = "kept_input")
class KeptInput extends CreatedEntity {

    private String caseId;

    private Long runId;

    private String inputKind;

    private String contentType;

    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected KeptInput() {}

    KeptInput(String caseId, Long runId, String inputKind, String contentType, byte[] content) {
        super(Instant.now());
        this.caseId = caseId;
        this.runId = runId;
        this.inputKind = inputKind;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
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
