package com.lepton.caselibrary.benchmark;

import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.ZooModel;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.cli.CommandSpec;
import com.lepton.caselibrary.cli.Options;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceProperties;
import com.lepton.caselibrary.inference.InferenceProperties.BatchSettings;
import com.lepton.caselibrary.pluginhost.StandalonePlugin;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * {@code java -jar lepton-case-library.jar bench [--case ID] [--seconds N] [--concurrency 1,8,64] [--flops F]
 * [--fine-tune-epochs N]}:
 * drives a real plugin model closed-loop with C client threads and prints throughput and p50/p99
 * latency for (a) one predictor behind a lock, (b) the pool without batching, (c) the pool with
 * dynamic batching; then the achieved GFLOP/s against a measured matrix-multiply peak.
 */
public final class BenchCommand {

    public static final String NAME = "bench";

    /** Multiply-adds x 2 of the seed CNN for one 28x28x1 image: conv 194,688 + 2,230,272 + 331,776 MACs, dense 36,864 + 640. */
    private static final double SEED_CNN_FLOPS = 2.0 * (194_688 + 2_230_272 + 331_776 + 36_864 + 640);

    /** What {@code bench} expects; {@code bench --help} prints it. */
    public static final CommandSpec SPEC = new CommandSpec(
            NAME,
            "Benchmarks the inference pool on a bundled case's model: a locked predictor, the pool, the pool with batching.",
            List.of(
                    CommandSpec.optional("case", "ID", "the case whose model is driven", "manufacturing-sorting"),
                    CommandSpec.optional("seconds", "N", "seconds per measured run", "8"),
                    CommandSpec.optional("concurrency", "C1,C2", "client threads per run", "1,8,64"),
                    CommandSpec.optional("flops", "F", "floating-point operations per example", "that of the seed CNN"),
                    StandalonePlugin.JAR_OPTION,
                    CommandSpec.optional(
                            "fine-tune-epochs",
                            "N",
                            "when above 0, measure the batching pool again while fine-tuning jobs of N epochs run",
                            "0")),
            false,
            List.of("Prints a table of throughput and p50/p99 latency per mode and concurrency."));

    /** Mode c: batches of up to 32 within 2 ms, two workers (the portal has one per model; two is one model's best). */
    private static final BatchSettings BATCHING =
            new BatchSettings(2, 32, Duration.ofMillis(2), 4096, Duration.ofSeconds(30));

    private BenchCommand() {}

    /**
     * Mode c alone: the batching pool's requests per second on the case's model with {@code clients} closed-loop
     * clients, for {@code load --pool-case} to put the portal's runs beside the pool's own figure in one run. It
     * measures {@code rounds} times for {@code seconds} each on one pool: a single 8 s round moved by a third from run
     * to run on a quiet machine (4,431 to 6,608 req/s, 2026-12-06).
     */
    static List<Double> poolThroughputs(String caseId, int clients, int seconds, int rounds) throws Exception {
        System.setProperty("ai.djl.offline", "true");
        try (StandalonePlugin loaded = StandalonePlugin.load(caseId, Optional.empty())) {
            Engine.getEngine("TensorFlow");
            CaseStudyPlugin plugin = loaded.plugin();
            Path savedModel = BenchModel.unpack(loaded.jar(), plugin.model().savedModelPath());
            List<DemoInput> inputs = BenchModel.samples(loaded, plugin);
            return pooled(
                            "c pool, dynamic batching",
                            BATCHING,
                            savedModel,
                            plugin,
                            IntStream.generate(() -> clients).limit(rounds).toArray(),
                            seconds,
                            inputs)
                    .stream()
                    .map(Row::throughput)
                    .toList();
        }
    }

    /** One client's work: a request on the model under test. */
    @FunctionalInterface
    private interface Call {
        void run(String visitor, DemoInput input) throws Exception;
    }

    private record Row(String mode, int concurrency, double throughput, double p50Ms, double p99Ms, long errors) {}

    public static int run(String[] args) {
        PrintStream out = System.out;
        Options options = Options.parse(SPEC, args);
        String caseId = options.get("case");
        int seconds = options.positiveInt("seconds");
        int[] levels = options.positiveInts("concurrency");
        int fineTuneEpochs = options.nonNegativeInt("fine-tune-epochs");
        double flops = options.given("flops").isPresent() ? options.positiveDouble("flops") : SEED_CNN_FLOPS;
        System.setProperty("ai.djl.offline", "true");
        try (StandalonePlugin loaded = StandalonePlugin.load(caseId, options)) {
            Engine.getEngine("TensorFlow");
            CaseStudyPlugin plugin = loaded.plugin();
            Path savedModel = BenchModel.unpack(loaded.jar(), plugin.model().savedModelPath());
            List<DemoInput> inputs = BenchModel.samples(loaded, plugin);
            out.printf(
                    "Benchmark %s (%s), %d s per run, %d cores, inputs: %d shipped samples%n",
                    caseId, plugin.model().name(), seconds, Runtime.getRuntime().availableProcessors(), inputs.size());
            List<Row> rows = new ArrayList<>();
            try (ZooModel<DemoInput, DemoResult> model = BenchModel.load(savedModel, plugin);
                    Predictor<DemoInput, DemoResult> single = model.newPredictor()) {
                Object lock = new Object();
                for (int c : levels) {
                    rows.add(drive("a naive (1 predictor, lock)", c, seconds, inputs, (visitor, input) -> {
                        synchronized (lock) {
                            single.predict(input);
                        }
                    }));
                }
            }
            rows.addAll(pooled(
                    "b pool, no batching",
                    new BatchSettings(2, 1, Duration.ZERO, 4096, Duration.ofSeconds(30)),
                    savedModel,
                    plugin,
                    levels,
                    seconds,
                    inputs));
            rows.addAll(pooled("c pool, dynamic batching", BATCHING, savedModel, plugin, levels, seconds, inputs));

            if (fineTuneEpochs > 0) {
                try (FineTuneLoad job = FineTuneLoad.start(plugin, savedModel, fineTuneEpochs)) {
                    rows.addAll(pooled(
                            "d pool, batching, fine-tune running",
                            BATCHING,
                            savedModel,
                            plugin,
                            levels,
                            seconds,
                            inputs));
                    out.printf("Fine-tuning beside the clients finished %d epochs%n", job.epochs());
                }
            }
            out.printf(
                    "%n| mode | clients | req/s | p50 ms | p99 ms | errors | GFLOP/s |%n|---|---:|---:|---:|---:|---:|---:|%n");
            for (Row row : rows) {
                out.printf(
                        "| %s | %d | %.0f | %.2f | %.2f | %d | %.2f |%n",
                        row.mode(),
                        row.concurrency(),
                        row.throughput(),
                        row.p50Ms(),
                        row.p99Ms(),
                        row.errors(),
                        row.throughput() * flops / 1e9);
            }
            double peak = matmulPeak();
            double best = rows.stream().mapToDouble(Row::throughput).max().orElse(0) * flops / 1e9;
            out.printf(
                    "%nModel cost %.2f MFLOP per example; best %.2f GFLOP/s = %.1f%% of the measured peak %.1f GFLOP/s (1024x1024 float32 matmul on the same engine)%n",
                    flops / 1e6, best, 100 * best / peak, peak);
            for (int c : levels) {
                Row naive = find(rows, "a", c);
                Row batched = find(rows, "c", c);
                out.printf(
                        "Concurrency %d: batching gives %.1fx the naive throughput; p99 %.2f ms vs %.2f ms%n",
                        c, batched.throughput() / naive.throughput(), batched.p99Ms(), naive.p99Ms());
                if (fineTuneEpochs > 0) {
                    Row during = find(rows, "d", c);
                    out.printf(
                            "Concurrency %d: p99 %.2f ms while fine-tuning vs %.2f ms without (%.2fx)%n",
                            c, during.p99Ms(), batched.p99Ms(), during.p99Ms() / batched.p99Ms());
                }
            }
            return 0;
        } catch (Exception e) {
            System.err.println("Benchmark failed: " + e);
            e.printStackTrace(System.err);
            return 1;
        }
    }

    private static List<Row> pooled(
            String mode,
            BatchSettings settings,
            Path savedModel,
            CaseStudyPlugin plugin,
            int[] levels,
            int seconds,
            List<DemoInput> inputs)
            throws Exception {
        InferencePool pool = InferencePool.standalone(new InferenceProperties(Path.of("."), settings, Map.of(), false));
        try {
            pool.register("bench", "bench", savedModel, plugin.adapter(), inputs.get(0));
            List<Row> rows = new ArrayList<>();
            for (int c : levels) {
                rows.add(drive(mode, c, seconds, inputs, (visitor, input) -> pool.predict("bench", visitor, input)));
            }
            return rows;
        } finally {
            pool.destroy();
        }
    }

    /** C closed-loop clients for a warm-up second and then {@code seconds}; latencies of the measured part only. */
    private static Row drive(String mode, int clients, int seconds, List<DemoInput> inputs, Call call)
            throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        List<long[]> latencies = new ArrayList<>();
        long[] counts = new long[clients];
        long[] errors = new long[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int t = 0; t < clients; t++) {
            int client = t;
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            Thread.ofPlatform().daemon().start(() -> {
                String visitor = "client-" + client;
                int i = client;
                while (running.get()) {
                    DemoInput input = inputs.get(i++ % inputs.size());
                    long start = System.nanoTime();
                    try {
                        call.run(visitor, input);
                    } catch (Exception e) {
                        if (measuring.get()) {
                            errors[client]++;
                        }
                        continue;
                    }
                    if (measuring.get() && counts[client] < mine.length) {
                        mine[(int) counts[client]++] = System.nanoTime() - start;
                    }
                }
                done.countDown();
            });
        }
        Thread.sleep(1000);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        running.set(false);
        done.await(30, TimeUnit.SECONDS);
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int k = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(latencies.get(t), 0, all, k, (int) counts[t]);
            k += (int) counts[t];
        }
        Arrays.sort(all);
        double p50 = all.length == 0 ? 0 : all[all.length / 2] / 1e6;
        double p99 = all.length == 0 ? 0 : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6;
        Row row = new Row(
                mode, clients, total / elapsed, p50, p99, Arrays.stream(errors).sum());
        System.out.printf(
                "  %-28s clients %3d: %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d%n",
                mode, clients, row.throughput(), p50, p99, row.errors());
        return row;
    }

    private static double matmulPeak() {
        try (NDManager manager =
                NDManager.newBaseManager(Engine.getEngine("TensorFlow").defaultDevice(), "TensorFlow")) {
            int n = 1024;
            NDArray a = manager.randomUniform(0, 1, new Shape(n, n));
            NDArray b = manager.randomUniform(0, 1, new Shape(n, n));
            a.matMul(b).toFloatArray();
            int repeats = 10;
            long start = System.nanoTime();
            for (int i = 0; i < repeats; i++) {
                a.matMul(b).toFloatArray();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return repeats * 2.0 * n * n * n / seconds / 1e9;
        }
    }

    private static Row find(List<Row> rows, String prefix, int concurrency) {
        return rows.stream()
                .filter(row -> row.mode().startsWith(prefix) && row.concurrency() == concurrency)
                .findFirst()
                .orElseThrow();
    }
}
