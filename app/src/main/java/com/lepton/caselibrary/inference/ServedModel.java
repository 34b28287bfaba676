package com.lepton.caselibrary.inference;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One model shared by all visitors: a fair bounded queue in front of worker threads, each owning
 * one DJL predictor. A worker takes what waits (up to the maximum batch size, waiting at most the
 * maximum queue delay for more) and runs it as one batch.
 */
final class ServedModel implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServedModel.class);
    /** How long the first forward pass may take: TensorFlow optimises the graph then, slowly on a busy machine. */
    static final Duration WARM_UP_TIMEOUT = Duration.ofMinutes(5);

    private final String key;
    private final String version;
    private volatile ModelSignature signature;
    private final Path savedModel;
    private final ZooModel<?, ?> model;
    private final InferenceProperties.BatchSettings settings;
    private final FairQueue queue;
    private final List<Thread> workers = new ArrayList<>();
    private final ModelMeters measured;
    /** Workers inside a forward pass now; a worker waits to fill a batch only when no other is idle. */
    private final AtomicInteger computing = new AtomicInteger();
    // Workers not yet ended: once closing, the last one to end frees the model.
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean freed = new AtomicBoolean();

    ServedModel(
            String key,
            String version,
            Path savedModel,
            ModelSignature signature,
            ZooModel<?, ?> model,
            AdapterTranslator translator,
            InferenceProperties.BatchSettings settings,
            MeterRegistry meters) {
        this.key = key;
        this.savedModel = savedModel;
        this.version = version;
        this.signature = signature;
        this.model = model;
        this.settings = settings;
        this.queue = new FairQueue(settings.queueCapacity());
        this.measured = new ModelMeters(key, meters, queue, computing);
        running.set(settings.predictors());
        for (int i = 0; i < settings.predictors(); i++) {
            Predictor<ModelInput, ModelOutput> predictor = model.newPredictor(translator);
            workers.add(Thread.ofPlatform()
                    .daemon()
                    .name("inference-" + key + "-" + i)
                    .start(() -> serve(predictor)));
        }
    }

    String version() {
        return version;
    }

    Path savedModel() {
        return savedModel;
    }

    ModelSignature signature() {
        return signature;
    }

    /** Completes the signature once a warm-up has shown the datatypes. */
    void describe(ModelSignature described) {
        this.signature = described;
    }

    InferenceProperties.BatchSettings settings() {
        return settings;
    }

    /** Forgets what was measured so far: the warm-up pays for TensorFlow's graph set-up, not a throughput figure. */
    void resetThroughput() {
        measured.resetThroughput();
    }

    /** Requests answered and the compute time they took, since the model was loaded (warm-up excluded). */
    ModelThroughput throughput(int threadsPerPass, boolean gpu) {
        return measured.throughput(threadsPerPass, gpu);
    }

    int busyWorkers() {
        return computing.get();
    }

    int queueLength() {
        return queue.size();
    }

    /** A rough wait for a request joining the queue now, from the recent batch time. */
    Duration estimatedWait() {
        double batches = Math.ceil((queue.size() + 1.0) / (settings.maxBatchSize() * (double) settings.predictors()));
        return Duration.ofNanos((long) (batches * measured.averageBatchNanos()));
    }

    /** Queues a request and waits for its answer. */
    PendingRequest.Answer predict(Requester requester, ModelInput input) throws InferenceException {
        return await(submit(requester, input));
    }

    /** The first forward pass, which may take {@link #WARM_UP_TIMEOUT} rather than a visitor's wait. */
    PendingRequest.Answer warmUp(ModelInput input) throws InferenceException {
        return await(submit(Requester.of("warm-up"), input, WARM_UP_TIMEOUT));
    }

    /** Queues a request, or refuses it at once as busy when the queue is full or closed. */
    PendingRequest submit(Requester requester, ModelInput input) throws InferenceException {
        return submit(requester, input, settings.requestTimeout());
    }

    private PendingRequest submit(Requester requester, ModelInput input, Duration timeout) throws InferenceException {
        long now = System.nanoTime();
        PendingRequest request = new PendingRequest(requester, input, now, now + timeout.toNanos());
        if (!queue.offer(request)) {
            if (queue.isClosed()) {
                throw new InferenceException(
                        InferenceException.Kind.UNAVAILABLE, "model " + key + " is being unloaded", null);
            }
            measured.refusedBusy();
            int retry = (int) Math.max(1, Math.ceil(estimatedWait().toMillis() / 1000.0));
            throw new InferenceException(InferenceException.Kind.BUSY, "queue of " + key + " is full", null, retry);
        }
        return request;
    }

    /** Waits for a queued request's answer until its deadline. */
    PendingRequest.Answer await(PendingRequest request) throws InferenceException {
        long left = request.deadlineNanos - System.nanoTime();
        try {
            return request.answer.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            request.answer.cancel(false);
            measured.timedOut();
            throw new InferenceException(
                    InferenceException.Kind.TIMEOUT,
                    "no answer from " + key + " within "
                            + Duration.ofNanos(request.deadlineNanos - request.submittedNanos),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InferenceException(InferenceException.Kind.TIMEOUT, "interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InferenceException inference) {
                throw new InferenceException(inference.kind(), inference.getMessage(), inference.getCause());
            }
            throw new InferenceException(InferenceException.Kind.FAILED, String.valueOf(e.getCause()), e.getCause());
        } catch (CancellationException e) {
            throw new InferenceException(InferenceException.Kind.UNAVAILABLE, "model " + key + " was unloaded", e);
        }
    }

    private void serve(Predictor<ModelInput, ModelOutput> predictor) {
        try {
            serveUntilClosed(predictor);
        } finally {
            if (running.decrementAndGet() == 0 && closing.get()) {
                free();
            }
        }
    }

    private void serveUntilClosed(Predictor<ModelInput, ModelOutput> predictor) {
        try (predictor) {
            while (true) {
                List<PendingRequest> batch = queue.takeBatch(
                        settings.maxBatchSize(),
                        settings.maxQueueDelay().toNanos(),
                        () -> computing.get() >= settings.predictors() - 1);
                if (batch.isEmpty()) {
                    return; // closed and drained
                }
                computing.incrementAndGet();
                try {
                    run(predictor, batch);
                } finally {
                    computing.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            log.error("Inference worker of {} stopped", key, e);
        }
    }

    private void run(Predictor<ModelInput, ModelOutput> predictor, List<PendingRequest> taken) {
        long start = System.nanoTime();
        List<PendingRequest> batch =
                taken.stream().filter(request -> !request.expired(start)).toList();
        taken.stream()
                .filter(request -> !batch.contains(request))
                .forEach(request -> request.answer.completeExceptionally(
                        new InferenceException(InferenceException.Kind.TIMEOUT, "expired while queued", null)));
        if (batch.isEmpty()) {
            return;
        }
        try {
            boolean demos = batch.stream().anyMatch(request -> request.input instanceof ModelInput.Demo);
            boolean tensors = batch.stream()
                    .anyMatch(request -> request.input instanceof ModelInput.Tensors
                            || (request.input instanceof ModelInput.Demo demo && demo.withTensors()));
            AdapterTranslator.WANTED.set(
                    demos && tensors
                            ? AdapterTranslator.Wanted.BOTH
                            : tensors ? AdapterTranslator.Wanted.TENSORS : AdapterTranslator.Wanted.RESULTS);
            List<ModelOutput> results;
            try {
                results = predictor.batchPredict(
                        batch.stream().map(request -> request.input).toList());
            } finally {
                AdapterTranslator.WANTED.remove();
            }
            long end = System.nanoTime();
            measured.record(batch, start, end);
            for (int i = 0; i < batch.size(); i++) {
                PendingRequest request = batch.get(i);
                request.answer.complete(new PendingRequest.Answer(
                        results.get(i), millis(start - request.submittedNanos), millis(end - start), batch.size()));
            }
        } catch (TranslateException | RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).answer.completeExceptionally(InferenceException.ofForwardPass(e));
            } else {
                // One bad input fails the whole batch: answer each request on its own instead.
                batch.forEach(request -> run(predictor, List.of(request)));
            }
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    /** Threads still serving this model; for leak checks. */
    long liveWorkers() {
        return workers.stream().filter(Thread::isAlive).count();
    }

    /**
     * Refuses new requests, lets the workers answer what is queued, then frees the model. A worker still inside a
     * forward pass after the wait cannot be stopped (native code ignores interrupts), and freeing the model under it
     * crashes the JVM; the last worker to leave frees it instead.
     */
    @Override
    public void close() {
        closing.set(true);
        queue.close();
        for (Thread worker : workers) {
            try {
                worker.join(settings.requestTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (worker.isAlive()) {
                worker.interrupt();
            }
        }
        if (running.get() == 0) {
            free();
        } else {
            log.warn("Model {} {} is still inside a forward pass; it is freed when that ends", key, version);
        }
    }

    /** Whether the model's native memory is released; only once no worker is inside a forward pass. */
    boolean isFreed() {
        return freed.get();
    }

    private void free() {
        if (freed.compareAndSet(false, true)) {
            measured.close();
            model.close();
            log.info("Model {} {} unloaded", key, version);
        }
    }
}
