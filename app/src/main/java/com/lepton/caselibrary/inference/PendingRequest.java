package com.lepton.caselibrary.inference;

import java.util.concurrent.CompletableFuture;
import lombok.RequiredArgsConstructor;

/** A request waiting in a model's queue, answered through its future. */
@RequiredArgsConstructor
final class PendingRequest {

    final Requester requester;
    final ModelInput input;
    final long submittedNanos;
    final long deadlineNanos;
    final CompletableFuture<Answer> answer = new CompletableFuture<>();

    boolean expired(long now) {
        return now - deadlineNanos > 0 || answer.isDone();
    }

    /** The model's output for this request with where the time went. */
    record Answer(ModelOutput output, long queueMs, long computeMs, int batchSize) {}
}
