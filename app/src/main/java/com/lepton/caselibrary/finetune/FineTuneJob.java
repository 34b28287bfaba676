package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.persistence.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.Getter;

/** A consultant's fine-tuning job and, when it succeeded, the figures of the client's model. */
@Entity
@Table(name = "fine_tune_job")
@Getter
public class FineTuneJob extends CreatedEntity {

    /** Where a job stands. */
    public enum State {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED,
        CANCELLED;

        /** Still queued or running: it can be cancelled, not deleted. */
        public boolean active() {
            return this == QUEUED || this == RUNNING;
        }
    }

    private String owner;

    private String caseId;

    private String client;

    @Enumerated(EnumType.STRING)
    private State state;

    private int epochs;
    private int epoch;

    private int trainCount;

    private int heldOutCount;

    @Getter(AccessLevel.NONE)
    private String losses = "";

    @Getter(AccessLevel.NONE)
    private String curve = "";

    /** The before/after figures as JSON, when the job succeeded. */
    @Getter(AccessLevel.PACKAGE)
    private String outcome;

    private String message;

    private Instant finishedAt;

    /** The portal process running the job ({@link JobHolding}); none on jobs from before replicas shared them. */
    @Getter(AccessLevel.PACKAGE)
    private String holder;

    /** When the holder last said it still runs the job. */
    @Getter(AccessLevel.PACKAGE)
    private Instant heartbeatAt;

    protected FineTuneJob() {}

    FineTuneJob(
            String owner,
            String caseId,
            String client,
            int epochs,
            int trainCount,
            int heldOutCount,
            String holder,
            Instant now) {
        super(now);
        this.owner = owner;
        this.caseId = caseId;
        this.client = client;
        this.epochs = epochs;
        this.trainCount = trainCount;
        this.heldOutCount = heldOutCount;
        this.state = State.QUEUED;
        this.holder = holder;
        this.heartbeatAt = now;
    }

    void running() {
        state = State.RUNNING;
    }

    void epochDone(int epoch, double loss, double validation) {
        this.epoch = epoch;
        losses = append(losses, loss);
        curve = append(curve, validation);
    }

    void finish(State end, String outcome, String message, Instant now) {
        this.state = end;
        this.outcome = outcome;
        this.message = message == null ? null : message.substring(0, Math.min(message.length(), 2000));
        this.finishedAt = now;
    }

    private static String append(String values, double value) {
        String formatted = String.format(Locale.ROOT, "%.5f", value);
        return values.isEmpty() ? formatted : values + "," + formatted;
    }

    private static List<Double> parse(String values) {
        return values == null || values.isEmpty()
                ? List.of()
                : Arrays.stream(values.split(",")).map(Double::valueOf).toList();
    }

    /** The mean training loss of each finished epoch. */
    public List<Double> losses() {
        return parse(losses);
    }

    /** The validation metric after each finished epoch. */
    public List<Double> curve() {
        return parse(curve);
    }
}
