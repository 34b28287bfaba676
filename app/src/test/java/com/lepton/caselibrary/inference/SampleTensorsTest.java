package com.lepton.caselibrary.inference;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A shipped sample's tensors kept by its first run, on the real Fashion-MNIST CNN: later runs feed them and skip
 * the adapter, the model gets the same tensors and gives the same answers as on the adapter's path, a refused
 * sample is refused alike every time, and a model served with another adapter does not take them.
 */
class SampleTensorsTest {

    private static final Path SAVED_MODEL = FashionSamples.SAVED_MODEL;
    /** Scores of two forward passes of one input may differ in float32's last digits (TensorFlow's threads). */
    private static final Offset<Double> SAME = Offset.offset(1e-6);

    private static List<DemoInput> inputs;
    private InferencePool pool;

    @BeforeAll
    static void readSamples() throws IOException {
        inputs = FashionSamples.images();
    }

    @AfterEach
    void closePool() {
        if (pool != null) {
            pool.destroy();
        }
    }

    @Test
    void theFirstRunKeepsTheTensorsAndLaterRunsFeedThemWithoutTheAdapter() throws Exception {
        Counting adapter = new Counting(new GrayTestAdapter());
        pool = pool("cnn", adapter, 1, 1);
        for (DemoInput input : inputs) {
            double[] uncached = scores(pool.predict("cnn", "ref", input));
            SampleTensors sample = new SampleTensors(adapter);
            int before = adapter.calls.get();

            double[] first = scores(pool.predict("cnn", Requester.of("v"), input, sample));
            assertThat(sample.isKept()).isTrue();
            double[] second = scores(pool.predict("cnn", Requester.of("v"), input, sample));
            double[] third = scores(pool.predict("cnn", Requester.of("w"), input, sample));

            assertThat(adapter.calls.get() - before)
                    .as("only the first run turns the sample into tensors")
                    .isEqualTo(1);
            assertThat(first).containsExactly(uncached, SAME);
            assertThat(second).containsExactly(uncached, SAME);
            assertThat(third).containsExactly(uncached, SAME);
            try (NDManager manager = NDManager.newBaseManager(InferencePool.ENGINE)) {
                assertThat(sample.holds(adapter.inner.toTensors(manager, input)))
                        .as("the kept tensors are the adapter's, bit for bit")
                        .isTrue();
            }
        }
    }

    @Test
    void keptTensorsShareBatchesWithTheAdaptersAndEachGetsItsOwnAnswer() throws Exception {
        Counting adapter = new Counting(new GrayTestAdapter());
        pool = pool("batched", adapter, 2, 16);
        List<double[]> expected = new ArrayList<>();
        List<SampleTensors> samples = new ArrayList<>();
        for (DemoInput input : inputs) {
            expected.add(scores(pool.predict("batched", "ref", input)));
            SampleTensors sample = new SampleTensors(adapter);
            pool.predict("batched", Requester.of("ref"), input, sample);
            samples.add(sample);
        }
        int before = adapter.calls.get();
        AtomicInteger largestBatch = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int client = 0; client < 8; client++) {
            boolean kept = client % 2 == 0;
            String visitor = "visitor-" + client;
            work.add(clients.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    int which = (i + visitor.hashCode() & 0xff) % inputs.size();
                    InferenceResult answer = kept
                            ? pool.predict("batched", Requester.of(visitor), inputs.get(which), samples.get(which))
                            : pool.predict("batched", visitor, inputs.get(which));
                    largestBatch.accumulateAndGet(answer.batchSize(), Math::max);
                    assertThat(scores(answer)).containsExactly(expected.get(which), Offset.offset(1e-4));
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
        assertThat(adapter.calls.get() - before)
                .as("only the runs without kept tensors called the adapter")
                .isEqualTo(4 * 100);
    }

    @Test
    void aSampleTheAdapterRefusesIsRefusedAlikeEveryTimeAndNothingIsKept() throws Exception {
        InvalidInputException refusal =
                new InvalidInputException(LocalizedText.of("不是这种图片。", "Not this kind of picture."));
        Counting adapter = new Counting(new Refusing(refusal));
        pool = pool("refusing", adapter, 1, 1);
        SampleTensors sample = new SampleTensors(adapter);
        List<InferenceException> refused = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            refused.add(catchRefusal(() -> pool.predict("refusing", Requester.of("v"), inputs.get(0), sample)));
        }
        refused.add(catchRefusal(() -> pool.predict("refusing", "v", inputs.get(0))));

        assertThat(refused).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(InferenceException.Kind.INVALID_INPUT);
            assertThat(e.getMessage()).isEqualTo(refusal.getMessage());
            assertThat(e.getCause()).isSameAs(refusal);
        });
        assertThat(adapter.calls.get()).as("the adapter is asked each time").isEqualTo(4);
        assertThat(sample.isKept()).isFalse();
    }

    @Test
    void aModelServedWithAnotherAdapterMakesItsOwnTensors() throws Exception {
        Counting plain = new Counting(new GrayTestAdapter());
        Counting inverted = new Counting(new GrayTestAdapter(null, true));
        pool = pool("plain", plain, 1, 1);
        pool.register("inverted", "1", SAVED_MODEL, inverted, null, settings(1, 1));
        DemoInput input = inputs.get(0);
        SampleTensors sample = new SampleTensors(plain);
        double[] plainScores = scores(pool.predict("plain", Requester.of("v"), input, sample));
        double[] invertedScores = scores(pool.predict("inverted", "v", input));

        for (int run = 0; run < 2; run++) {
            assertThat(scores(pool.predict("inverted", Requester.of("v"), input, sample)))
                    .containsExactly(invertedScores, SAME);
        }
        assertThat(plainScores).isNotEqualTo(invertedScores);
        assertThat(inverted.calls.get()).as("its own adapter, every time").isEqualTo(3);
        assertThat(plain.calls.get()).isEqualTo(1);
        try (NDManager manager = NDManager.newBaseManager(InferencePool.ENGINE)) {
            assertThat(sample.holds(plain.inner.toTensors(manager, input)))
                    .as("still the tensors of the adapter it was made for")
                    .isTrue();
        }
    }

    private InferencePool pool(String key, DataAdapter adapter, int predictors, int batch) throws IOException {
        InferencePool created = InferencePool.standalone(
                new InferenceProperties(Path.of("."), settings(predictors, batch), Map.of(), false));
        created.register(key, "1", SAVED_MODEL, adapter, null, settings(predictors, batch));
        return created;
    }

    private static InferenceProperties.BatchSettings settings(int predictors, int batch) {
        return new InferenceProperties.BatchSettings(
                predictors, batch, Duration.ofMillis(batch > 1 ? 5 : 0), 4096, Duration.ofSeconds(30));
    }

    @FunctionalInterface
    private interface Run {
        InferenceResult run() throws InferenceException;
    }

    private static InferenceException catchRefusal(Run run) {
        try {
            run.run();
        } catch (InferenceException e) {
            return e;
        }
        throw new AssertionError("the run was not refused");
    }

    private static double[] scores(InferenceResult answer) {
        return FashionSamples.probabilities(answer.result());
    }

    /** Counts how often the pool asks the adapter for tensors. */
    private record Counting(DataAdapter inner, AtomicInteger calls) implements DataAdapter {

        Counting(DataAdapter inner) {
            this(inner, new AtomicInteger());
        }

        @Override
        public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
            calls.incrementAndGet();
            return inner.toTensors(manager, input);
        }

        @Override
        public DemoResult toResult(NDList output) {
            return inner.toResult(output);
        }
    }

    /** Refuses every input, as an adapter refuses a picture it cannot use. */
    private record Refusing(InvalidInputException refusal) implements DataAdapter {

        @Override
        public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
            throw refusal;
        }

        @Override
        public DemoResult toResult(NDList output) {
            throw new IllegalStateException("never reached");
        }
    }
}
