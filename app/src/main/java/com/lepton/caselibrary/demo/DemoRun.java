package com.lepton.caselibrary.demo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record of one demo run. The visitor's upload itself is never stored. */
@Entity
@Table(name = "demo_run")
public class DemoRun {

    /** How a run ended. */
    public enum Outcome {
        SUCCESS,
        INVALID_INPUT,
        BUSY,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private String caseId;

    @Column(name = "model_version")
    private String modelVersion;

    @Column(name = "input_kind")
    private String inputKind;

    @Column(name = "sample_id")
    private String sampleId;

    @Column(name = "queue_ms")
    private long queueMs;

    @Column(name = "compute_ms")
    private long computeMs;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "top_class")
    private String topClass;

    private String message;

    @Column(name = "created_at")
    private Instant createdAt;

    protected DemoRun() {}

    DemoRun(
            String caseId,
            String modelVersion,
            String inputKind,
            String sampleId,
            long queueMs,
            long computeMs,
            Outcome outcome,
            String topClass,
            String message) {
        this(
                caseId,
                modelVersion,
                inputKind,
                sampleId,
                queueMs,
                computeMs,
                outcome.name(),
                topClass,
                message,
                Instant.now());
    }

    private DemoRun(
            String caseId,
            String modelVersion,
            String inputKind,
            String sampleId,
            long queueMs,
            long computeMs,
            String outcome,
            String topClass,
            String message,
            Instant createdAt) {
        this.caseId = caseId;
        this.modelVersion = modelVersion;
        this.inputKind = inputKind;
        this.sampleId = sampleId;
        this.queueMs = queueMs;
        this.computeMs = computeMs;
        this.outcome = outcome;
        this.topClass = topClass;
        this.message = message == null || message.length() <= 500 ? message : message.substring(0, 500);
        this.createdAt = createdAt;
    }

    /**
     * A new, unsaved record of the same run with the same time. A failed insert may leave an id on
     * the entity it tried, so a retry always saves a fresh copy.
     */
    DemoRun unsavedCopy() {
        return new DemoRun(
                caseId, modelVersion, inputKind, sampleId, queueMs, computeMs, outcome, topClass, message, createdAt);
    }

    /** The id the history's writer got for this run's copy, set once it is written. */
    void written(Long id) {
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getInputKind() {
        return inputKind;
    }

    public String getSampleId() {
        return sampleId;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public Outcome getOutcome() {
        return Outcome.valueOf(outcome);
    }

    public String getTopClass() {
        return topClass;
    }

    public long getComputeMs() {
        return computeMs;
    }

    public long getQueueMs() {
        return queueMs;
    }

    /** Why a run did not succeed (the user's message, in English); null on success. */
    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
