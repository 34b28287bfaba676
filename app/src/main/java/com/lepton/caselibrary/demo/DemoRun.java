package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.persistence.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** The record of one demo run. The visitor's upload itself is never stored. */
@Entity
@Table(name = "demo_run")
@Getter
public class DemoRun extends CreatedEntity {

    /** How a run ended. */
    public enum Outcome {
        SUCCESS,
        INVALID_INPUT,
        BUSY,
        FAILED
    }

    private String caseId;

    private String modelVersion;

    private String inputKind;

    private String sampleId;

    private long queueMs;

    private long computeMs;

    private String outcome;

    private String topClass;

    /** Why a run did not succeed (the user's message, in English); null on success. */
    private String message;

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
        super(Instant.now());
        this.caseId = caseId;
        this.modelVersion = modelVersion;
        this.inputKind = inputKind;
        this.sampleId = sampleId;
        this.queueMs = queueMs;
        this.computeMs = computeMs;
        this.outcome = outcome.name();
        this.topClass = topClass;
        this.message = message == null || message.length() <= 500 ? message : message.substring(0, 500);
    }

    /** A copy of {@code run}'s record, unsaved, with the same time. */
    private DemoRun(DemoRun run) {
        super(run.getCreatedAt());
        caseId = run.caseId;
        modelVersion = run.modelVersion;
        inputKind = run.inputKind;
        sampleId = run.sampleId;
        queueMs = run.queueMs;
        computeMs = run.computeMs;
        outcome = run.outcome;
        topClass = run.topClass;
        message = run.message;
    }

    /**
     * A new, unsaved record of the same run with the same time. A failed insert may leave an id on
     * the entity it tried, so a retry always saves a fresh copy.
     */
    DemoRun unsavedCopy() {
        return new DemoRun(this);
    }

    /** The id the history's writer got for this run's copy, set once it is written. */
    void written(Long id) {
        assignId(id);
    }

    public Outcome getOutcome() {
        return Outcome.valueOf(outcome);
    }
}
