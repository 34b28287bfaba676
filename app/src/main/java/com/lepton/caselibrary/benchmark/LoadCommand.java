package com.lepton.caselibrary.benchmark;

import com.lepton.caselibrary.cli.CommandSpec;
import com.lepton.caselibrary.cli.Options;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar lepton-case-library.jar load --url http://127.0.0.1:8080 [--clients 64] [--seconds 30]
 * [--sessions 200] [--admin user:password] [--pid PID]}: a load run against a running portal. N simulated
 * visitors run the demos' shipped samples through the REST API closed-loop (each its own session,
 * round-robin over the cases), and S browsing sessions open the case pages; it prints demo runs per
 * second, p50/p99 latency, refusals ("busy", "try later") and errors by status, and, with
 * administrator credentials, the portal's heap and heap per session from its own metrics, and with
 * the portal's process id on this machine its resident memory.
 * Start the portal with quotas above the load (e.g. {@code --lepton.demo.runs-per-minute=100000}),
 * or the per-address quota answers most runs "try later".
 */
public final class LoadCommand {

    public static final String NAME = "load";

    private static final Pattern SAMPLES = Pattern.compile("\"samples\":\\[([^\\]]*)\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern CASE_ID = Pattern.compile("\"id\":\"([a-z0-9-]+)\"");
    private static final Pattern VALUE = Pattern.compile("\"value\":([0-9.E+-]+)");

    /** What {@code load} expects; {@code load --help} prints it. */
    public static final CommandSpec SPEC = new CommandSpec(
            NAME,
            "Drives a running portal through its REST API with simulated visitors and prints runs/s and latency.",
            List.of(
                    CommandSpec.optional("url", "URL", "the running portal", "http://127.0.0.1:8080"),
                    CommandSpec.optional("clients", "N", "visitors running demos closed-loop", "64"),
                    CommandSpec.optional("seconds", "N", "length of the run", "30"),
                    CommandSpec.optional("sessions", "N", "browsing sessions opened besides", "200"),
                    CommandSpec.optional("admin", "USER:PASSWORD", "an administrator, to read the heap figures", ""),
                    CommandSpec.optional("pid", "PID", "the portal's process id on this machine, for its RSS", "")),
            false,
            List.of("Start the portal with quotas above the load, e.g. --lepton.demo.runs-per-minute=100000."));

    private LoadCommand() {}

    public static int run(String[] args) {
        PrintStream out = System.out;
        Options options = Options.parse(SPEC, args);
        String base = options.get("url").replaceAll("/$", "");
        int clients = options.positiveInt("clients");
        int seconds = options.positiveInt("seconds");
        int sessions = options.nonNegativeInt("sessions");
        Optional<String> admin = options.given("admin");
        options.given("pid").ifPresent(pid -> options.longValue("pid"));
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            List<String> runs = sampleRuns(http, base);
            out.printf(
                    "Load on %s: %d demo clients for %d s over %d sample runs of %d cases; %d browsing sessions%n",
                    base,
                    clients,
                    seconds,
                    runs.size(),
                    runs.stream()
                            .map(u -> u.replaceAll(".*/cases/([^/]+)/.*", "$1"))
                            .distinct()
                            .count(),
                    sessions);

            double heapBefore = admin.map(a -> metric(http, base, a, "jvm.memory.used?tag=area:heap"))
                    .orElse(Double.NaN);
            List<HttpClient> browsing = openSessions(base, sessions);
            System.gc();
            double heapWithSessions = admin.map(a -> metric(http, base, a, "jvm.memory.used?tag=area:heap"))
                    .orElse(Double.NaN);

            Result result = drive(base, runs, clients, seconds);
            double heapAfter = admin.map(a -> metric(http, base, a, "jvm.memory.used?tag=area:heap"))
                    .orElse(Double.NaN);
            double rss = options.given("pid").map(LoadCommand::residentBytes).orElse(Double.NaN);
            double sessionsActive = admin.map(a -> metric(http, base, a, "tomcat.sessions.active.current"))
                    .orElse(Double.NaN);

            out.printf(
                    "%n| clients | demo runs/s | p50 ms | p99 ms | ok | refused busy (503) | refused quota (429) | errors |%n|---:|---:|---:|---:|---:|---:|---:|---:|%n");
            out.printf(
                    "| %d | %.1f | %.1f | %.1f | %d | %d | %d | %d |%n",
                    clients,
                    result.ok() / (double) seconds,
                    result.p50(),
                    result.p99(),
                    result.ok(),
                    result.byStatus().getOrDefault(503, 0L),
                    result.byStatus().getOrDefault(429, 0L),
                    result.errors());
            if (!result.byStatus().isEmpty()) {
                out.printf("statuses other than 200: %s%n", result.byStatus());
            }
            out.printf(
                    "%nbrowsing sessions opened: %d (each fetched / and a case page, cookies kept)%n", browsing.size());
            if (admin.isPresent()) {
                out.printf(
                        "portal heap used: %.0f MB before, %.0f MB with the sessions, %.0f MB after the load; RSS %.0f MB; tomcat sessions active %.0f%n",
                        heapBefore / 1e6, heapWithSessions / 1e6, heapAfter / 1e6, rss / 1e6, sessionsActive);
                if (!browsing.isEmpty()) {
                    out.printf(
                            "heap per browsing session ~ %.1f KB (difference of heap used, noisy: garbage collection runs when it likes)%n",
                            (heapWithSessions - heapBefore) / browsing.size() / 1e3);
                }
            }
            return result.errors() == 0 ? 0 : 2;
        } catch (Exception e) {
            System.err.println("Load run failed: " + e);
            e.printStackTrace(System.err);
            return 1;
        }
    }

    /** Every shipped sample's run URL, from the API's own case list. */
    private static List<String> sampleRuns(HttpClient http, String base) throws Exception {
        String list = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/cases")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<String> runs = new ArrayList<>();
        Matcher ids = CASE_ID.matcher(list);
        while (ids.find()) {
            String caseId = ids.group(1);
            String one = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/cases/" + caseId))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher samples = SAMPLES.matcher(one);
            if (samples.find()) {
                Matcher sample = QUOTED.matcher(samples.group(1));
                while (sample.find()) {
                    runs.add(base + "/api/cases/" + caseId + "/samples/" + sample.group(1) + "/run");
                }
            }
        }
        if (runs.isEmpty()) {
            throw new IllegalStateException("no sample run URLs in " + base + "/api/cases");
        }
        return runs;
    }

    private static List<HttpClient> openSessions(String base, int count) throws Exception {
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.discarding());
            browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/cases/manufacturing-sorting"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            sessions.add(browser);
        }
        return sessions;
    }

    record Result(long ok, long errors, Map<Integer, Long> byStatus, double p50, double p99) {}

    private static Result drive(String base, List<String> runs, int clients, int seconds) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        Map<Integer, Long> byStatus = new ConcurrentHashMap<>();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[] mine = new long[200_000];
            latencies.add(mine);
            Thread.ofVirtual().start(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                int i = client;
                try {
                    while (running.get()) {
                        String url = runs.get(i++ % runs.size());
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(
                                    HttpRequest.newBuilder(URI.create(url))
                                            .timeout(Duration.ofSeconds(30))
                                            .POST(HttpRequest.BodyPublishers.noBody())
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200) {
                                ok.increment();
                                if (counts[client] < mine.length) {
                                    mine[counts[client]++] = System.nanoTime() - start;
                                }
                            } else {
                                byStatus.merge(response.statusCode(), 1L, Long::sum);
                                if (response.statusCode() != 503 && response.statusCode() != 429) {
                                    errors.increment();
                                }
                            }
                        } catch (Exception e) {
                            errors.increment();
                            byStatus.merge(-1, 1L, Long::sum);
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        Thread.sleep(Duration.ofSeconds(seconds));
        running.set(false);
        done.await();
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        double p50 = all.length == 0 ? Double.NaN : all[all.length / 2] / 1e6;
        double p99 = all.length == 0 ? Double.NaN : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6;
        return new Result(ok.sum(), errors.sum(), byStatus, p50, p99);
    }

    /** VmRSS of a local process, from /proc (Linux). */
    private static double residentBytes(String pid) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (Exception e) {
            // Not on Linux, or no such process: no figure.
        }
        return Double.NaN;
    }

    /** One value of an actuator metric, read as administrator (HTTP Basic). */
    private static double metric(HttpClient http, String base, String credentials, String metric) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/" + metric))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher value = VALUE.matcher(response.body());
            return response.statusCode() == 200 && value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
