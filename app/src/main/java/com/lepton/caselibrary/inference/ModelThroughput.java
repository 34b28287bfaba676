package com.lepton.caselibrary.inference;

import java.util.OptionalDouble;

/**
 * A model's throughput as the pool measured it: requests answered and the time its batches spent
 * computing, with the threads each forward pass may use (TensorFlow's intra-op threads on the CPU).
 *
 * @param requests       requests answered since the model was loaded, the warm-up excluded
 * @param computeNanos   the compute time of their batches, summed over the workers
 * @param threadsPerPass CPU threads one forward pass may occupy
 * @param gpu            whether the model runs on a GPU
 */
public record ModelThroughput(long requests, long computeNanos, int threadsPerPass, boolean gpu) {

    /** Below this many requests the figure is too noisy to size anything with. */
    public static final long MIN_REQUESTS = 100;

    /**
     * Requests per second per CPU core: requests per second of compute, divided by the threads a
     * pass may occupy (a conservative figure: a pass seldom keeps all of them busy). On a GPU, the
     * figure is per device. Empty until {@link #MIN_REQUESTS} requests were measured.
     */
    public OptionalDouble requestsPerSecondPerCore() {
        if (requests < MIN_REQUESTS || computeNanos <= 0) {
            return OptionalDouble.empty();
        }
        double perSecond = requests / (computeNanos / 1e9);
        return OptionalDouble.of(gpu ? perSecond : perSecond / Math.max(1, threadsPerPass));
    }
}
