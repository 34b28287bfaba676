package com.lepton.caselibrary.inference;

import java.util.concurrent.CompletableFuture;

/** A request waiting in a model's queue, answered through its future. */
final class PendingRequest {

    final Requester requester;
    final ModelInput input;
    final long submittedNanos;
    final long deadlineNanos;
    final CompletableFuture<Answer> answer = new CompletableFuture<>();

    PendingRequest(Requester requester, ModelInput input, long submittedNanos, long deadlineNanos) {
        this.requester = requester;
        this.input = input;
        this.submittedNanos = submittedNanos;
        this.deadlineNanos = deadlineNanos;
    }

    boolean expired(long now) {
        return now - deadlineNanos > 0 || answer.isDone();
    }

    /** The model's output for this request with where the time went. */
    record Answer(ModelOutput output, long queueMs, long computeMs, int batchSize) {}
}
