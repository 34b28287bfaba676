package com.lepton.caselibrary.inference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one served model measures: its queue and busy workers as gauges, queue and compute time, batch sizes and
 * rejections as meters ({@code lepton.inference.*}, tagged with the model), and the throughput the pool sizes by.
 */
final class ModelMeters {

    private final String key;
    private final MeterRegistry meters;
    private final Timer queueTime;
    private final Timer computeTime;
    private final DistributionSummary batchSizes;
    private final Counter busy;
    private final Counter timeouts;
    private final LongAdder measuredRequests = new LongAdder();
    private final LongAdder measuredComputeNanos = new LongAdder();
    private volatile double averageBatchNanos = 1_000_000;

    ModelMeters(String key, MeterRegistry meters, FairQueue queue, AtomicInteger computing) {
        this.key = key;
        this.meters = meters;
        Gauge.builder("lepton.inference.queue.length", queue, FairQueue::size)
                .tag("model", key)
                .register(meters);
        Gauge.builder("lepton.inference.workers.busy", computing, AtomicInteger::get)
                .tag("model", key)
                .register(meters);
        this.queueTime =
                Timer.builder("lepton.inference.queue.time").tag("model", key).register(meters);
        this.computeTime =
                Timer.builder("lepton.inference.compute.time").tag("model", key).register(meters);
        this.batchSizes = DistributionSummary.builder("lepton.inference.batch.size")
                .tag("model", key)
                .serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64)
                .register(meters);
        this.busy = rejections("busy");
        this.timeouts = rejections("timeout");
    }

    private Counter rejections(String reason) {
        return Counter.builder("lepton.inference.rejections")
                .tag("model", key)
                .tag("reason", reason)
                .register(meters);
    }

    void refusedBusy() {
        busy.increment();
    }

    void timedOut() {
        timeouts.increment();
    }

    /** One forward pass over {@code batch}, from {@code start} to {@code end} (nanoTime). */
    void record(List<PendingRequest> batch, long start, long end) {
        computeTime.record(end - start, TimeUnit.NANOSECONDS);
        measuredRequests.add(batch.size());
        measuredComputeNanos.add(end - start);
        batchSizes.record(batch.size());
        batch.forEach(request -> queueTime.record(start - request.submittedNanos, TimeUnit.NANOSECONDS));
        averageBatchNanos = 0.8 * averageBatchNanos + 0.2 * (end - start);
    }

    /** A moving average of the time one batch takes, for wait estimates. */
    double averageBatchNanos() {
        return averageBatchNanos;
    }

    /** Forgets what was measured so far: the warm-up pays for TensorFlow's graph set-up, not a throughput figure. */
    void resetThroughput() {
        measuredRequests.reset();
        measuredComputeNanos.reset();
    }

    /** Requests answered and the compute time they took, since the model was loaded (warm-up excluded). */
    ModelThroughput throughput(int threadsPerPass, boolean gpu) {
        return new ModelThroughput(measuredRequests.sum(), measuredComputeNanos.sum(), threadsPerPass, gpu);
    }

    /** Takes the gauges away, which would otherwise hold the closed model's queue. */
    void close() {
        meters.find("lepton.inference.queue.length").tag("model", key).meters().forEach(meters::remove);
        meters.find("lepton.inference.workers.busy").tag("model", key).meters().forEach(meters::remove);
    }
}
