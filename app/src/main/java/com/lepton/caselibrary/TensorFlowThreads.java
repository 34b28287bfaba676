package com.lepton.caselibrary;

import com.lepton.caselibrary.inference.BackgroundTraining;

/**
 * TensorFlow's thread pools, set on purpose before the engine starts. The pool runs each model's forward passes on
 * its own workers, models side by side, so each pass runs its ops one after another (inter-op 1) and spreads each op
 * over half the cores (intra-op = cores / 2, at least 1). The models are small: on 2 cores, ops split over both
 * threads cost more than they gave, with two workers per model (the pool alone on the sorting CNN, 64 clients with
 * batching: 9,389-11,535 against 7,434-7,783 req/s; the whole portal over REST 1,720-1,769 against 1,527-1,557
 * runs/s) and with one (the portal 1,851 against 2,164-2,206 runs/s, docs/benchmarks.md). Either can be overridden
 * with the same system properties ({@code -Dai.djl.tensorflow.num_intraop_threads=N}). Every session gets pools of
 * its own, so that a fine-tuning job's ops run on its low-priority threads, not on the demos'
 * ({@link BackgroundTraining#perSessionThreadPools()}); a job's session sets its own thread count.
 */
final class TensorFlowThreads {

    static final String INTER_OP = "ai.djl.tensorflow.num_interop_threads";
    static final String INTRA_OP = "ai.djl.tensorflow.num_intraop_threads";

    private TensorFlowThreads() {}

    static void configure() {
        BackgroundTraining.perSessionThreadPools();
        if (System.getProperty(INTER_OP) == null) {
            System.setProperty(INTER_OP, "1");
        }
        if (System.getProperty(INTRA_OP) == null) {
            System.setProperty(
                    INTRA_OP, String.valueOf(intraOpThreads(Runtime.getRuntime().availableProcessors())));
        }
    }

    /** Threads per op: half the cores, at least one. */
    static int intraOpThreads(int cores) {
        return Math.max(1, cores / 2);
    }
}
