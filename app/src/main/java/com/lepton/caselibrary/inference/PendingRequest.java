package com.lepton.caselibrary.inference;

import com.lepton.caselibrary.api.DemoInput;
import java.util.concurrent.CompletableFuture;

/** A request waiting in a model's queue, answered through its future. */
final class PendingRequest {

    final String visitor;
    final DemoInput input;
    final long submittedNanos;
    final long deadlineNanos;
    final CompletableFuture<InferenceResult> answer = new CompletableFuture<>();

    PendingRequest(String visitor, DemoInput input, long submittedNanos, long deadlineNanos) {
        this.visitor = visitor;
        this.input = input;
        this.submittedNanos = submittedNanos;
        this.deadlineNanos = deadlineNanos;
    }

    boolean expired(long now) {
        return now - deadlineNanos > 0 || answer.isDone();
    }
}
