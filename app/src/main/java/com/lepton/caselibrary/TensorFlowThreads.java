package com.lepton.caselibrary;

import com.lepton.caselibrary.inference.BackgroundTraining;

/**
 * TensorFlow's thread pools, set on purpose before the engine starts. The pool already runs
 * several predictors side by side, so each forward pass runs its ops one after another
 * (inter-op 1) and spreads each op over the cores (intra-op = cores). Either can be overridden
 * with the same system properties ({@code -Dai.djl.tensorflow.num_intraop_threads=N}). Every session gets
 * pools of its own, so that a fine-tuning job's ops run on its low-priority threads, not on the demos'
 * ({@link BackgroundTraining#perSessionThreadPools()}).
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
            System.setProperty(INTRA_OP, String.valueOf(Runtime.getRuntime().availableProcessors()));
        }
    }
}
