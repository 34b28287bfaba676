package com.lepton.caselibrary.solution;

import com.lepton.caselibrary.inference.ModelThroughput;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A deployment estimate for a peak load, from each model's throughput as the inference pool
 * measured it. Per model: cores = peak ÷ (measured requests/s per core × target utilisation),
 * rounded up; replicas = total cores ÷ cores per replica, rounded up, and never fewer than two
 * (one may fail or be upgraded).
 *
 * @param peakLoad          requests per second to serve at peak
 * @param utilisation       the share of a core to plan for (headroom for bursts and the portal itself)
 * @param coresPerReplica   CPU cores of one portal replica
 * @param models            each measured model's figures
 * @param totalCores        CPU cores for all the measured models together
 * @param replicas          portal replicas for those cores
 */
public record Sizing(
        int peakLoad, double utilisation, int coresPerReplica, List<ModelSizing> models, int totalCores, int replicas) {

    /**
     * One model's figures.
     *
     * @param caseId     the case (the model's key in the pool)
     * @param throughput what the pool measured, or {@code null} if the model is not loaded
     * @param perCore    requests per second per core, empty until enough requests were measured
     * @param cores      cores for the peak load, 0 when not measured
     */
    public record ModelSizing(String caseId, ModelThroughput throughput, OptionalDouble perCore, int cores) {

        public boolean measured() {
            return perCore.isPresent();
        }
    }

    /** Computes the estimate; models whose throughput is unknown are listed but not counted. */
    public static Sizing estimate(int peakLoad, double utilisation, int coresPerReplica, List<Measured> measurements) {
        List<ModelSizing> models = measurements.stream()
                .map(m -> {
                    OptionalDouble perCore = m.throughput() == null
                            ? OptionalDouble.empty()
                            : m.throughput().requestsPerSecondPerCore();
                    int cores =
                            perCore.isPresent() ? (int) Math.ceil(peakLoad / (perCore.getAsDouble() * utilisation)) : 0;
                    return new ModelSizing(m.caseId(), m.throughput(), perCore, cores);
                })
                .toList();
        int total = models.stream().mapToInt(ModelSizing::cores).sum();
        int replicas = total == 0 ? 0 : Math.max(2, (int) Math.ceil(total / (double) coresPerReplica));
        return new Sizing(peakLoad, utilisation, coresPerReplica, models, total, replicas);
    }

    /** A model's measurement as read from the pool ({@code throughput} null when it is not loaded). */
    public record Measured(String caseId, ModelThroughput throughput) {}
}
