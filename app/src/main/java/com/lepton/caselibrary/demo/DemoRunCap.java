package com.lepton.caselibrary.demo;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The global cap on demo runs in progress, across cases and visitors ({@code lepton.demo.max-concurrent-runs}): a
 * run over it is answered "busy" at once rather than queued behind the others.
 */
@Component
class DemoRunCap {

    private final Semaphore runsInProgress;

    DemoRunCap(DemoProperties limits) {
        this.runsInProgress = new Semaphore(limits.maxConcurrentRuns());
    }

    /** Runs {@code run} if the cap leaves room for it; empty, without running it, if not. */
    <T> Optional<T> runIfFree(Supplier<T> run) {
        if (!runsInProgress.tryAcquire()) {
            return Optional.empty();
        }
        try {
            return Optional.of(run.get());
        } finally {
            runsInProgress.release();
        }
    }
}
