package com.lepton.caselibrary.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/** Drives closed-loop clients against the portal's sample runs and sums up what they saw, phase by phase. */
final class LoadDriver {

    private LoadDriver() {}

    /** What the clients saw in one phase of the run, and what it cost in CPU. */
    record Phase(
            String name,
            double seconds,
            long ok,
            long errors,
            Map<Integer, Long> byStatus,
            double p50,
            double p99,
            double portalCpuMsPerRun,
            double generatorCpuMsPerRun,
            double otherCores) {

        double runsPerSecond() {
            return ok / seconds;
        }
    }

    /** One finished request: when it ended (ns since the run's origin), how long it took, its status (-1: no answer). */
    private static final class Completions {
        private long[] ends = new long[4096];
        private long[] latencies = new long[4096];
        private int[] statuses = new int[4096];
        private int size;

        void add(long end, long latency, int status) {
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, size * 2);
                latencies = Arrays.copyOf(latencies, size * 2);
                statuses = Arrays.copyOf(statuses, size * 2);
            }
            ends[size] = end;
            latencies[size] = latency;
            statuses[size] = status;
            size++;
        }
    }

    /**
     * Drives the clients closed-loop for {@code total} from {@code origin} and cuts the record into
     * {@code phases} (name, start and end in ns since origin).
     */
    static List<Phase> drive(
            List<String> runs, int clients, long origin, long total, List<Window> phases, Optional<String> pid)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Completions> records = new ArrayList<>();
        List<CpuSample> cpu = Collections.synchronizedList(new ArrayList<>());
        cpu.add(CpuSample.now(origin, pid));
        CountDownLatch done = new CountDownLatch(clients);
        // One HTTP client for all: HTTP/1.1 with keep-alive, as a browser or proxy talks to the portal (no h2c
        // upgrade attempts), a connection per client in flight. Its answers are handled on the thread that reads them
        // instead of being handed to a pool: they are small and discarded unread (the REST API is stateless, so no
        // cookies are kept). The generator shares the cores the portal is measured on; per warm run it took 0.33 ms
        // of CPU with an HttpClient per client (64 selector threads), 0.21-0.23 with one, 0.13-0.14 with one and no
        // hand-off.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Runnable::run)
                .build();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Completions mine = new Completions();
            records.add(mine);
            Thread.ofVirtual().start(() -> {
                int i = client;
                try {
                    while (running.get()) {
                        String url = runs.get(i++ % runs.size());
                        long start = System.nanoTime();
                        int status;
                        try {
                            status = http.send(
                                            HttpRequest.newBuilder(URI.create(url))
                                                    .timeout(Duration.ofSeconds(30))
                                                    .POST(HttpRequest.BodyPublishers.noBody())
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        long end = System.nanoTime();
                        mine.add(end - origin, end - start, status);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        while (System.nanoTime() - origin < total) {
            Thread.sleep(Math.min(1000, Math.max(1, (total - (System.nanoTime() - origin)) / 1_000_000)));
            cpu.add(CpuSample.now(origin, pid));
        }
        running.set(false);
        done.await();
        List<Phase> result = new ArrayList<>();
        for (Window window : phases) {
            result.add(phase(window, records, cpu));
        }
        return result;
    }

    /** A phase of the run: its name and its start and end, in ns since the run's origin. */
    record Window(String name, long from, long to) {}

    private static Phase phase(Window window, List<Completions> records, List<CpuSample> cpu) {
        long ok = 0;
        long errors = 0;
        Map<Integer, Long> byStatus = new TreeMap<>();
        long[] latencies = new long[records.stream().mapToInt(r -> r.size).sum()];
        int n = 0;
        for (Completions record : records) {
            for (int i = 0; i < record.size; i++) {
                if (record.ends[i] < window.from() || record.ends[i] >= window.to()) {
                    continue;
                }
                int status = record.statuses[i];
                if (status == 200) {
                    ok++;
                    latencies[n++] = record.latencies[i];
                } else {
                    byStatus.merge(status, 1L, Long::sum);
                    if (status != 503 && status != 429) {
                        errors++;
                    }
                }
            }
        }
        long[] answered = Arrays.copyOf(latencies, n);
        Arrays.sort(answered);
        double p50 = n == 0 ? Double.NaN : answered[n / 2] / 1e6;
        double p99 = n == 0 ? Double.NaN : answered[Math.min(n - 1, (int) (n * 0.99))] / 1e6;
        CpuSample first = CpuSample.nearest(cpu, window.from());
        CpuSample last = CpuSample.nearest(cpu, window.to());
        double wall = (last.at() - first.at()) / 1e9;
        double portal = last.portalSeconds() - first.portalSeconds();
        double generator = last.generatorSeconds() - first.generatorSeconds();
        double machine = last.machineBusySeconds() - first.machineBusySeconds();
        // CPU per run over the samples' own interval (whole seconds), scaled to the runs in that interval.
        double runsInSamples = ok * (wall / ((window.to() - window.from()) / 1e9));
        return new Phase(
                window.name(),
                (window.to() - window.from()) / 1e9,
                ok,
                errors,
                byStatus,
                p50,
                p99,
                portal * 1e3 / runsInSamples,
                generator * 1e3 / runsInSamples,
                wall <= 0 ? Double.NaN : (machine - portal - generator) / wall);
    }
}
