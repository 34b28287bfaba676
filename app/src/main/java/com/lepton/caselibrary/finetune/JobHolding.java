package com.lepton.caselibrary.finetune;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Which portal holds a fine-tuning job, and when a job has lost its holder. Replicas share one database, so a job
 * names the process running it ({@code holder}) and that process beats for it every few seconds; a replica never
 * fails a job another live replica runs.
 *
 * @param self    this process's holder name: the configured replica name, or one of its own per process
 * @param alone   on H2 the portal is the only one, so every job it finds active at start was its own
 * @param timeout how long a holder may stay silent before its jobs count as interrupted
 */
record JobHolding(String self, boolean alone, Duration timeout) {

    /** This process's holder name: the replica's configured name (kept across its restarts), or a new one. */
    static String name(String replicaName) {
        return replicaName == null || replicaName.isBlank() ? "portal-" + UUID.randomUUID() : replicaName.strip();
    }

    /**
     * At this portal's start: its own jobs (this replica's previous process ran them and is gone), every job when
     * it is alone, and jobs nobody has beaten for any more.
     */
    boolean interruptedAtStart(FineTuneJob job, Instant now) {
        return alone || self.equals(job.getHolder()) || orphaned(job, now);
    }

    /**
     * Any time, on any replica: a job whose holder stopped beating longer than the timeout ago (the replica died or
     * lost the database that long). A job from before holders were recorded has none and no heartbeat.
     */
    boolean orphaned(FineTuneJob job, Instant now) {
        Instant beat = job.getHeartbeatAt();
        return job.getHolder() == null || beat == null || beat.isBefore(now.minus(timeout));
    }
}
