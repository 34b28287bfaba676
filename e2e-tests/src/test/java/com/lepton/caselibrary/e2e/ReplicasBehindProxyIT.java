package com.lepton.caselibrary.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three portal replicas on one PostgreSQL database behind HAProxy with the repository's own configuration
 * ({@code docker/haproxy/haproxy.cfg}), started all at once: 64 REST demo clients keep running back to back while
 * one replica is killed with SIGKILL, and a run a second each while every replica is restarted in turn; no run may
 * fail after the proxy's retry, and a replica that comes back takes traffic again. During the kill browser sessions
 * are open on a demo page, on every replica and in both languages on the one that dies: those on the dead replica are
 * told in their language to reload, the others keep running demos, and an account and a deck saved on the dead
 * replica just before are still there. Prints the figures (runs, failures, p99) for the closing note.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasBehindProxyIT {

    private static final Path CONFIG =
            Path.of("../docker/haproxy/haproxy.cfg").toAbsolutePath().normalize();
    private static final int CLIENTS = 64;
    /**
     * Browser sessions are opened until each replica has one and the victim has one in each language (four to six
     * with the proxy's round robin); each costs seconds of both cores, so no more than that.
     */
    private static final int MOST_BROWSERS = 20;

    private static final String DEMO_PAGE = "/cases/manufacturing-sorting";
    // One address (the proxy) speaks for all clients: the visitor quotas would refuse most runs otherwise.
    private static final List<String> QUOTAS =
            List.of("--lepton.demo.runs-per-minute=1000000", "--lepton.demo.runs-per-minute-per-address=1000000");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static PortalDatabase database;
    private static final List<PortalProcess> replicas = new ArrayList<>();
    private static Process proxy;
    private static String proxyUrl;
    private static String statsUrl;
    private static List<String> sampleRuns;

    @BeforeAll
    static void startReplicasBehindTheProxy() throws Exception {
        database = PortalDatabase.create("replicas");
        // All three at once on the fresh database, as `docker compose up` starts them: their migrations, the plugin
        // registry, the first administrator and the case catalogue must not trip over each other.
        try (ExecutorService starts = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<PortalProcess>> started = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String label = "replica-" + i;
                started.add(starts.submit(() -> PortalProcess.startReplica(label, database, 0, QUOTAS)));
            }
            ExecutionException firstFailure = null;
            for (Future<PortalProcess> replica : started) {
                try {
                    replicas.add(replica.get()); // kept even when another failed, so @AfterAll stops it
                } catch (ExecutionException e) {
                    firstFailure = firstFailure == null ? e : firstFailure;
                }
            }
            if (firstFailure != null) {
                throw firstFailure;
            }
        }
        int proxyPort = PortalProcess.freePort();
        int statsPort = PortalProcess.freePort();
        proxyUrl = "http://127.0.0.1:" + proxyPort;
        statsUrl = "http://127.0.0.1:" + statsPort + "/stats;csv";
        ProcessBuilder haproxy = new ProcessBuilder("haproxy", "-db", "-f", CONFIG.toString())
                .redirectErrorStream(true)
                .redirectOutput(E2eSettings.outputDir().resolve("haproxy.log").toFile());
        Map<String, String> env = haproxy.environment();
        env.put("LEPTON_LB_BIND", "127.0.0.1:" + proxyPort);
        env.put("LEPTON_LB_STATS_BIND", "127.0.0.1:" + statsPort);
        for (int i = 0; i < 3; i++) {
            env.put("LEPTON_REPLICA_" + (i + 1), "127.0.0.1:" + replicas.get(i).port());
        }
        Files.createDirectories(E2eSettings.outputDir());
        proxy = haproxy.start();
        awaitServers("UP", 1, 2, 3);
        sampleRuns = sampleRuns();
    }

    @AfterAll
    static void stopEverything() {
        if (proxy != null) {
            proxy.destroy();
        }
        replicas.forEach(PortalProcess::close);
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void browsersArePinnedToOneReplicaByTheProxysCookie() throws Exception {
        HttpResponse<String> first = HTTP.send(
                HttpRequest.newBuilder(URI.create(proxyUrl + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().allValues("set-cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("lepton_affinity=").contains("HttpOnly"));
    }

    @Test
    @Order(2)
    void aReplicaKilledUnderLoadCostsNoRunNoSavedWorkAndTakesTrafficWhenBack() throws Exception {
        PortalProcess victim = replicas.get(1);
        try (PinnedBrowsers browsers =
                PinnedBrowsers.open(proxyUrl, DEMO_PAGE, MOST_BROWSERS, ReplicasBehindProxyIT::enoughToWatch)) {
            List<PinnedBrowsers.Visitor> onVictim = browsers.on("r2");
            assertThat(enoughToWatch(browsers))
                    .as("the proxy's round robin puts browsers on every replica, of both languages on replica-2")
                    .isTrue();
            // Work saved on the replica that is about to die: an account and a deck.
            PinnedBrowsers.Visitor administrator = browsers.pinnedTo(proxyUrl, "r2", "en-US");
            SavedWork saved = SavedWork.save(administrator.page(), proxyUrl);

            Load load = Load.start(CLIENTS, sampleRuns);
            Thread.sleep(6_000);
            victim.kill();
            awaitServers("DOWN", 2);
            List<Long> toldAfter = new ArrayList<>();
            Set<String> pictured = new HashSet<>();
            for (PinnedBrowsers.Visitor visitor : onVictim) {
                String language = visitor.speaksChinese() ? "zh" : "en";
                toldAfter.add(FailoverMessages.assertToldToReload(
                        visitor, pictured.add(language) ? "failover-told-to-reload-" + language : null));
            }
            for (PinnedBrowsers.Visitor visitor : browsers.notOn("r2")) {
                FailoverMessages.assertStillRunsDemos(visitor);
            }
            Load.Figures duringKill = load.stop();
            System.out.println("[replicas] SIGKILL of replica-2 under load: " + duringKill + "; "
                    + browsers.size() + " browsers, " + onVictim.size()
                    + " of them on replica-2 told to reload (ms after their click: "
                    + toldAfter + "), the others kept running demos");
            assertThat(duringKill.failures())
                    .as(duringKill.failureSamples().toString())
                    .isZero();
            assertThat(duringKill.ok()).isGreaterThan(100);
            saved.assertStillThere(administrator.page(), proxyUrl);
            assertThat(PinnedBrowsers.serverOf(administrator.context()))
                    .as("the proxy moved the administrator to a live replica")
                    .isNotEqualTo("r2");
        }

        PortalProcess back = PortalProcess.startReplica("replica-2-again", database, victim.port(), QUOTAS);
        replicas.set(1, back);
        awaitServers("UP", 2);
        long before = sessionsOf(2);
        Load after = Load.start(CLIENTS, sampleRuns);
        Thread.sleep(4_000);
        Load.Figures afterFigures = after.stop();
        assertThat(afterFigures.failures())
                .as(afterFigures.failureSamples().toString())
                .isZero();
        assertThat(sessionsOf(2)).as("the replica that came back takes traffic").isGreaterThan(before);
    }

    @Test
    @Order(3)
    void aRollingRestartOfEveryReplicaCostsNoRun() throws Exception {
        // Clients that each run a demo a second, not back to back: on this one machine two replicas serving
        // 64 closed-loop clients left a restarting replica so little CPU that it took 110 s instead of 15 s to
        // start (its own machine would not share its cores), and the test proves the hand-over, not throughput.
        Load load = Load.start(CLIENTS, sampleRuns, Duration.ofSeconds(1));
        for (int i = 0; i < replicas.size(); i++) {
            PortalProcess old = replicas.get(i);
            old.close(); // SIGTERM: readiness says no, in-flight runs finish, then it stops
            awaitServers("DOWN", i + 1);
            replicas.set(
                    i, PortalProcess.startReplica("replica-" + (i + 1) + "-restarted", database, old.port(), QUOTAS));
            awaitServers("UP", i + 1);
        }
        Load.Figures figures = load.stop();
        System.out.println("[replicas] rolling restart of 3 replicas under load (" + CLIENTS
                + " clients, a run a second each): " + figures);
        assertThat(figures.failures()).as(figures.failureSamples().toString()).isZero();
        assertThat(figures.ok()).isGreaterThan(100);
    }

    private static boolean enoughToWatch(PinnedBrowsers browsers) {
        return !browsers.on("r1").isEmpty()
                && !browsers.on("r3").isEmpty()
                && browsers.on("r2").stream().anyMatch(PinnedBrowsers.Visitor::speaksChinese)
                && browsers.on("r2").stream().anyMatch(visitor -> !visitor.speaksChinese());
    }

    /** REST demo clients, each running the shipped samples in turn through the proxy until stopped. */
    private record Load(
            ExecutorService clients,
            AtomicInteger ok,
            AtomicInteger busy,
            AtomicInteger failures,
            ConcurrentLinkedQueue<String> failureSamples,
            ConcurrentLinkedQueue<Long> latencies,
            AtomicLong stopAt,
            Duration period) {

        /** Closed-loop clients: each starts its next run as soon as its last one is answered. */
        static Load start(int clients, List<String> runs) {
            return start(clients, runs, Duration.ZERO);
        }

        /** Clients that each start a run at most once per {@code period}. */
        static Load start(int clients, List<String> runs, Duration period) {
            Load load = new Load(
                    Executors.newVirtualThreadPerTaskExecutor(),
                    new AtomicInteger(),
                    new AtomicInteger(),
                    new AtomicInteger(),
                    new ConcurrentLinkedQueue<>(),
                    new ConcurrentLinkedQueue<>(),
                    new AtomicLong(Long.MAX_VALUE),
                    period);
            for (int c = 0; c < clients; c++) {
                int first = c;
                load.clients.submit(() -> load.run(runs, first));
            }
            return load;
        }

        private void run(List<String> runs, int first) {
            for (int n = first; System.nanoTime() < stopAt.get(); n++) {
                String run = runs.get(n % runs.size());
                long start = System.nanoTime();
                try {
                    HttpResponse<String> answer = HTTP.send(
                            HttpRequest.newBuilder(URI.create(proxyUrl + run))
                                    .timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - start);
                    if (answer.statusCode() == 200) {
                        ok.incrementAndGet();
                    } else if (answer.statusCode() == 503
                            && answer.headers().firstValue("retry-after").isPresent()) {
                        busy.incrementAndGet(); // the portal's own "model busy, retry after" answer, not a failure
                    } else {
                        fail(run + " -> " + answer.statusCode() + " " + abbreviate(answer.body()));
                    }
                    long rest = period.toNanos() - (System.nanoTime() - start);
                    if (rest > 0) {
                        Thread.sleep(Duration.ofNanos(rest));
                    }
                } catch (IOException e) {
                    fail(run + " -> " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void fail(String what) {
            failures.incrementAndGet();
            if (failureSamples.size() < 5) {
                failureSamples.add(what);
            }
        }

        Figures stop() throws InterruptedException {
            stopAt.set(System.nanoTime());
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            long p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.99));
            return new Figures(ok.get(), busy.get(), failures.get(), p99 / 1_000_000, List.copyOf(failureSamples));
        }

        record Figures(int ok, int busy, int failures, long p99Millis, List<String> failureSamples) {
            @Override
            public String toString() {
                return "%d runs answered, %d refused busy, %d failed, p99 %d ms"
                        .formatted(ok, busy, failures, p99Millis);
            }
        }

        private static String abbreviate(String body) {
            return body.length() > 200 ? body.substring(0, 200) + "..." : body;
        }
    }

    /** Waits until HAProxy's health checks see the given replicas (1-based) in {@code status} (UP or DOWN). */
    private static void awaitServers(String status, int... replicaNumbers) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, String> seen = Map.of();
        while (System.nanoTime() < deadline) {
            try {
                seen = stats("status");
            } catch (IOException proxyNotListeningYet) {
                Thread.sleep(250);
                continue;
            }
            boolean all = true;
            for (int number : replicaNumbers) {
                all &= seen.getOrDefault("replica-" + number, "").startsWith(status);
            }
            if (all) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("HAProxy did not see replicas " + Arrays.toString(replicaNumbers) + " " + status
                + " within 60 s: " + seen);
    }

    private static long sessionsOf(int replicaNumber) throws Exception {
        return Long.parseLong(stats("stot").get("replica-" + replicaNumber));
    }

    /** One column of HAProxy's CSV statistics for each server of the replicas' backend. */
    private static Map<String, String> stats(String column) throws Exception {
        String csv = HTTP.send(
                        HttpRequest.newBuilder(URI.create(statsUrl)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String[] lines = csv.split("\n");
        List<String> header = List.of(lines[0].replaceFirst("^# ", "").split(","));
        int name = header.indexOf("svname");
        int value = header.indexOf(column);
        Map<String, String> byServer = new ConcurrentHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            if (cells.length > value && cells[0].equals("replicas")) {
                byServer.put(cells[name], cells[value]);
            }
        }
        return byServer;
    }

    private static List<String> sampleRuns() throws Exception {
        List<String> runs = new ArrayList<>();
        for (JsonElement entry : JsonParser.parseString(get("/api/cases")).getAsJsonArray()) {
            String id = entry.getAsJsonObject().get("id").getAsString();
            JsonObject one = JsonParser.parseString(get("/api/cases/" + id)).getAsJsonObject();
            if (one.has("samples")) {
                for (JsonElement sample : one.getAsJsonArray("samples")) {
                    runs.add("/api/cases/" + id + "/samples/" + sample.getAsString() + "/run");
                }
            }
        }
        assertThat(runs).isNotEmpty();
        return runs;
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(proxyUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }
}
