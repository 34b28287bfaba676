package com.lepton.caselibrary;

import com.lepton.caselibrary.inference.BackgroundTraining;

/**
 * TensorFlow's thread pools, set on purpose before the engine starts. The pool already runs
 * several predictors of each model side by side (two by default), so each forward pass runs its ops one after
 * another (inter-op 1) and spreads each op over the cores left to one predictor (intra-op = cores / 2, at least 1).
 * The models are small: on 2 cores, ops split over both threads cost more than they gave (the pool alone on the
 * sorting CNN, 64 clients with batching: 9,389-11,535 against 7,434-7,783 req/s; the whole portal over REST
 * 1,720-1,769 against 1,527-1,557 runs/s, docs/benchmarks.md). Either can be overridden with the same system
 * properties ({@code -Dai.djl.tensorflow.num_intraop_threads=N}). Every session gets pools of its own, so that a
 * fine-tuning job's ops run on its low-priority threads, not on the demos'
 * ({@link BackgroundTraining#perSessionThreadPools()}); a job's session sets its own thread count.
 */
final class TensorFlowThreads {

    static final String INTER_OP = "ai.djl.tensorflow.num_interop_threads";
    static final String INTRA_OP = "ai.djl.tensorflow.num_intraop_threads";
    /** The pool's default number of predictors per model ({@code lepton.inference.defaults.predictors}). */
    static final int PREDICTORS_PER_MODEL = 2;

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

    /** Threads per op: the cores shared by a model's predictors, at least one. */
    static int intraOpThreads(int cores) {
        return Math.max(1, cores / PREDICTORS_PER_MODEL);
    }
}
