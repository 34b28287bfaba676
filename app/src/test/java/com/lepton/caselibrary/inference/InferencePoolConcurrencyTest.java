package com.lepton.caselibrary.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pool under many threads on the real Fashion-MNIST CNN that the manufacturing plugin ships:
 * answers never mix inside a batch, a full queue refuses at once, timeouts fire, an unloaded
 * model drains, and nothing leaks.
 */
class InferencePoolConcurrencyTest {

    private static final Path SAVED_MODEL = FashionSamples.SAVED_MODEL;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static List<DemoInput> inputs;
    private final List<InferencePool> pools = new ArrayList<>();

    @BeforeAll
    static void readSamples() throws IOException {
        inputs = FashionSamples.images();
    }

    @AfterEach
    void closePools() {
        pools.forEach(InferencePool::destroy);
    }

    @Test
    void everyRequestGetsItsOwnAnswerInsideSharedBatches() throws Exception {
        InferencePool reference = pool("ref", new GrayTestAdapter(null), settings(1, 1, 0, 64, TIMEOUT));
        List<double[]> expected = new ArrayList<>();
        for (DemoInput input : inputs) {
            expected.add(probabilities(reference.predict("ref", "t", input).result()));
        }

        InferencePool batched = pool("cnn", new GrayTestAdapter(null), settings(2, 32, 5, 4096, TIMEOUT));
        ExecutorService clients = Executors.newFixedThreadPool(16);
        AtomicInteger largestBatch = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        for (int client = 0; client < 16; client++) {
            String visitor = "visitor-" + client;
            work.add(clients.submit(() -> {
                for (int i = 0; i < 150; i++) {
                    int which = ThreadLocalRandom.current().nextInt(inputs.size());
                    InferenceResult answer = batched.predict("cnn", visitor, inputs.get(which));
                    largestBatch.accumulateAndGet(answer.batchSize(), Math::max);
                    assertThat(probabilities(answer.result()))
                            .containsExactly(expected.get(which), Offset.offset(1e-4));
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get(120, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertThat(largestBatch.get())
                .as("requests were really batched together")
                .isGreaterThan(1);
    }

    @Test
    void rawTensorsAreBatchedWithDemoRequestsAndAnswerTheSame() throws Exception {
        InferencePool pool = pool("tensors", new GrayTestAdapter(null), settings(2, 32, 5, 4096, TIMEOUT));
        pool.register(
                "described",
                "1",
                SAVED_MODEL,
                new GrayTestAdapter(null),
                inputs.get(0),
                settings(1, 8, 1, 64, TIMEOUT));
        ModelSignature signature = pool.signature("described").orElseThrow();
        assertThat(signature.inputs()).singleElement().satisfies(input -> {
            assertThat(input.datatype()).isEqualTo("FP32");
            assertThat(input.shape()).containsExactly(-1, 28, 28, 1);
        });
        assertThat(signature.outputs())
                .singleElement()
                .satisfies(output -> assertThat(output.shape()).containsExactly(-1, 10));

        int batch = 3;
        double[] pixels = new double[batch * 28 * 28];
        List<double[]> expected = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            for (int i = 0; i < batch; i++) {
                float[] example = new GrayTestAdapter(null)
                        .toTensors(manager, inputs.get(i))
                        .get(0)
                        .toFloatArray();
                for (int p = 0; p < example.length; p++) {
                    pixels[i * example.length + p] = example[p];
                }
                expected.add(probabilities(
                        pool.predict("described", "demo", inputs.get(i)).result()));
            }
        }
        TensorData input =
                new TensorData(signature.inputs().get(0).name(), "FP32", new long[] {batch, 28, 28, 1}, pixels);
        List<TensorData> outputs = pool.infer("described", Requester.of("client"), List.of(input));

        assertThat(outputs).singleElement().satisfies(output -> {
            assertThat(output.name()).isEqualTo(signature.outputs().get(0).name());
            assertThat(output.shape()).containsExactly(batch, 10);
            for (int i = 0; i < batch; i++) {
                assertThat(Arrays.copyOfRange(output.data(), i * 10, i * 10 + 10))
                        .containsExactly(expected.get(i), Offset.offset(1e-4));
            }
        });
        assertThatThrownBy(() -> pool.infer(
                        "described",
                        Requester.of("client"),
                        List.of(new TensorData(input.name(), "FP32", new long[] {1, 27, 28, 1}, new double[27 * 28]))))
                .isInstanceOfSatisfying(InferenceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(InferenceException.Kind.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("shape");
                });
        assertThatThrownBy(() -> pool.infer(
                        "described",
                        Requester.of("client"),
                        List.of(new TensorData(
                                input.name(), "FP32", new long[] {9, 28, 28, 1}, new double[9 * 28 * 28]))))
                .isInstanceOfSatisfying(
                        InferenceException.class,
                        e -> assertThat(e.getMessage()).contains("batch size"));
    }

    @Test
    void aFullQueueRefusesAtOnceAsBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        InferencePool pool = pool("slow", new GrayTestAdapter(release), settings(1, 1, 0, 2, TIMEOUT));
        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<Future<InferenceResult>> waiting = new ArrayList<>();
        // The first request occupies the only worker (its adapter blocks); only then do two more fill the queue.
        waiting.add(clients.submit(() -> pool.predict("slow", "a", inputs.get(0))));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pool.busyWorkers("slow") == 0 && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(pool.busyWorkers("slow")).isEqualTo(1);
        for (int i = 0; i < 2; i++) {
            waiting.add(clients.submit(() -> pool.predict("slow", "a", inputs.get(0))));
        }
        awaitQueueLength(pool, "slow", 2);

        long start = System.nanoTime();
        assertThatThrownBy(() -> pool.predict("slow", "b", inputs.get(1)))
                .isInstanceOfSatisfying(InferenceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(InferenceException.Kind.BUSY);
                    assertThat(e.retryAfterSeconds()).isPositive();
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("refused without waiting")
                .isLessThan(TIMEOUT.dividedBy(2));

        release.countDown();
        for (Future<InferenceResult> future : waiting) {
            assertThat(future.get(60, TimeUnit.SECONDS).result()).isNotNull();
        }
        clients.shutdown();
    }

    @Test
    void aRequestThatWaitsTooLongTimesOut() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        InferencePool pool = pool("stuck", new GrayTestAdapter(release), settings(1, 1, 0, 8, Duration.ofMillis(300)));
        ExecutorService clients = Executors.newSingleThreadExecutor();
        Future<?> blocker = clients.submit(() -> pool.predict("stuck", "a", inputs.get(0)));
        awaitQueueLength(pool, "stuck", 0);
        assertThatThrownBy(() -> pool.predict("stuck", "b", inputs.get(1)))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.kind()).isEqualTo(InferenceException.Kind.TIMEOUT));
        release.countDown();
        try {
            blocker.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException expected) {
            // the blocker itself may also have timed out
        }
        clients.shutdown();
    }

    @Test
    void anUnloadedModelAnswersWhatWasQueuedThenRefuses() throws Exception {
        InferencePool pool = pool("drain", new GrayTestAdapter(null), settings(1, 4, 1, 512, TIMEOUT));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<InferenceResult>> submitted = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            DemoInput input = inputs.get(i % inputs.size());
            submitted.add(clients.submit(() -> pool.predict("drain", "v", input)));
        }
        Thread.sleep(20);
        pool.unregister("drain");
        int answered = 0;
        for (Future<InferenceResult> future : submitted) {
            try {
                assertThat(future.get(60, TimeUnit.SECONDS).result()).isNotNull();
                answered++;
            } catch (ExecutionException e) {
                assertThat(((InferenceException) e.getCause()).kind())
                        .isIn(InferenceException.Kind.UNAVAILABLE, InferenceException.Kind.BUSY);
            }
        }
        clients.shutdown();
        assertThat(answered).isPositive();
        assertThat(pool.isLoaded("drain")).isFalse();
        assertThat(pool.liveWorkers()).isZero();
        assertThatThrownBy(() -> pool.predict("drain", "v", inputs.get(0)))
                .isInstanceOfSatisfying(
                        InferenceException.class,
                        e -> assertThat(e.kind()).isEqualTo(InferenceException.Kind.UNAVAILABLE));
    }

    @Test
    void tenThousandRequestsOnTwoModelsGetTheirOwnAnswersAndLeakNoThreads() throws Exception {
        int threadsBefore = Thread.activeCount();
        // Two models that answer differently for the same input: the second sees the image inverted.
        InferencePool pool = pool("m1", new GrayTestAdapter(null), settings(2, 16, 1, 4096, TIMEOUT));
        pool.register("m2", "1", SAVED_MODEL, new GrayTestAdapter(null, true), null, settings(2, 16, 1, 4096, TIMEOUT));
        Map<String, List<double[]>> expected = Map.of("m1", new ArrayList<>(), "m2", new ArrayList<>());
        for (DemoInput input : inputs) {
            for (String model : List.of("m1", "m2")) {
                expected.get(model)
                        .add(probabilities(
                                pool.predict(model, "reference", input).result()));
            }
        }
        assertThat(expected.get("m1").get(0)).isNotEqualTo(expected.get("m2").get(0));

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int client = 0; client < 8; client++) {
            String model = client % 2 == 0 ? "m1" : "m2";
            String visitor = "visitor-" + client;
            work.add(clients.submit(() -> {
                for (int i = 0; i < 1250; i++) {
                    int which = (i * 7 + visitor.hashCode()) % inputs.size();
                    which = which < 0 ? which + inputs.size() : which;
                    InferenceResult answer = pool.predict(model, visitor, inputs.get(which));
                    assertThat(probabilities(answer.result()))
                            .containsExactly(expected.get(model).get(which), Offset.offset(1e-4));
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get(300, TimeUnit.SECONDS);
        }
        clients.shutdown();
        clients.awaitTermination(10, TimeUnit.SECONDS);
        assertThat(pool.liveWorkers()).isEqualTo(4);
        pool.destroy();
        assertThat(pool.liveWorkers())
                .as("every worker, and the predictor it owns, is closed")
                .isZero();
        assertThat(pool.loadedModels()).isEmpty();
        assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + 2);
    }

    private InferencePool pool(String key, DataAdapter adapter, InferenceProperties.BatchSettings settings)
            throws IOException {
        InferencePool pool = InferencePool.standalone(new InferenceProperties(Path.of("."), settings, Map.of(), false));
        pool.register(key, "1", SAVED_MODEL, adapter, null, settings);
        pools.add(pool);
        return pool;
    }

    private static InferenceProperties.BatchSettings settings(
            int predictors, int batch, int delayMs, int capacity, Duration timeout) {
        return new InferenceProperties.BatchSettings(predictors, batch, Duration.ofMillis(delayMs), capacity, timeout);
    }

    private static void awaitQueueLength(InferencePool pool, String key, int length) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pool.queueLength(key) != length && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        Thread.sleep(50);
        assertThat(pool.queueLength(key)).isEqualTo(length);
    }

    private static double[] probabilities(DemoResult result) {
        return FashionSamples.probabilities(result);
    }
}
