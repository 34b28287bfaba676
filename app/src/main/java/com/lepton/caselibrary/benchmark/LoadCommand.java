package com.lepton.caselibrary.benchmark;

import com.lepton.caselibrary.cli.CommandSpec;
import com.lepton.caselibrary.cli.Options;
import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar lepton-case-library.jar load --url http://127.0.0.1:8080 [--clients 64] [--seconds 30]
 * [--cold-seconds 60] [--warm-up 120] [--sessions 200] [--admin user:password] [--pid PID]}: a load run
 * against a running portal. N simulated visitors run the demos' shipped samples through the REST API
 * closed-loop (each its own session, round-robin over the cases), and S browsing sessions open the case
 * pages. Per phase (cold: the first seconds after the portal's first page, when started together with
 * the portal; warm-up; the measured warm phase) it prints demo runs per second, p50/p99 latency, refusals
 * ("busy", "try later") and errors by status, and the CPU per run of the portal (with its process id on
 * this machine) and of this generator separately, plus what other processes took from the same cores;
 * with administrator credentials also the portal's heap and heap per session from its own metrics.
 * Start the portal with quotas above the load (e.g. {@code --lepton.demo.runs-per-minute=100000}),
 * or the per-address quota answers most runs "try later".
 */
public final class LoadCommand {

    public static final String NAME = "load";

    private static final Pattern SAMPLES = Pattern.compile("\"samples\":\\[([^\\]]*)\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern CASE_ID = Pattern.compile("\"id\":\"([a-z0-9-]+)\"");
    /** Linux's USER_HZ, the unit of /proc's CPU times (100 on every common kernel). */
    private static final int CLOCK_TICKS = 100;

    private static final Pattern VALUE = Pattern.compile("\"value\":([0-9.E+-]+)");

    /** What {@code load} expects; {@code load --help} prints it. */
    public static final CommandSpec SPEC = new CommandSpec(
            NAME,
            "Drives a running portal through its REST API with simulated visitors and prints runs/s and latency.",
            List.of(
                    CommandSpec.optional("url", "URL", "the running portal", "http://127.0.0.1:8080"),
                    CommandSpec.optional("clients", "N", "visitors running demos closed-loop", "64"),
                    CommandSpec.optional("seconds", "N", "length of the measured (warm) phase", "30"),
                    CommandSpec.optional(
                            "cold-seconds",
                            "N",
                            "start with the portal: wait for its first page, report the first N s after it as the cold phase",
                            "0"),
                    CommandSpec.optional(
                            "warm-up", "N", "seconds of driving (reported apart) before the measured phase", "0"),
                    CommandSpec.optional("sessions", "N", "browsing sessions opened besides", "200"),
                    CommandSpec.optional("admin", "USER:PASSWORD", "an administrator, to read the heap figures", ""),
                    CommandSpec.optional(
                            "pid", "PID", "the portal's process id on this machine, for its RSS and CPU per run", "")),
            false,
            List.of("Start the portal with quotas above the load, e.g. --lepton.demo.runs-per-minute=100000."));

    private LoadCommand() {}

    public static int run(String[] args) {
        PrintStream out = System.out;
        Options options = Options.parse(SPEC, args);
        String base = options.get("url").replaceAll("/$", "");
        int clients = options.positiveInt("clients");
        int seconds = options.positiveInt("seconds");
        int coldSeconds = options.nonNegativeInt("cold-seconds");
        int warmUp = options.nonNegativeInt("warm-up");
        int sessions = options.nonNegativeInt("sessions");
        Optional<String> admin = options.given("admin");
        Optional<String> pid = options.given("pid");
        pid.ifPresent(p -> options.longValue("pid"));
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            long firstPage = 0;
            double modelsReady = 0;
            if (coldSeconds > 0) {
                // The cold phase counts from the first page the portal answers; the runs start once every model is up.
                firstPage = awaitStatus(http, base + "/", Duration.ofMinutes(10));
                awaitStatus(http, base + "/actuator/health", Duration.ofMinutes(10));
                modelsReady = (System.nanoTime() - firstPage) / 1e9;
            }
            List<String> runs = coldSeconds > 0 ? settledSampleRuns(http, base) : sampleRuns(http, base);
            out.printf(
                    "Load on %s: %d demo clients over %d sample runs of %d cases; %d browsing sessions%n",
                    base,
                    clients,
                    runs.size(),
                    runs.stream()
                            .map(u -> u.replaceAll(".*/cases/([^/]+)/.*", "$1"))
                            .distinct()
                            .count(),
                    sessions);

            // Cold: nothing before the runs but the sessions (an administrator's sign-in costs a password hash).
            Optional<String> heapReader = coldSeconds > 0 ? Optional.empty() : admin;
            double heapBefore = heapReader
                    .map(a -> metric(http, base, a, "jvm.memory.used?tag=area:heap"))
                    .orElse(Double.NaN);
            List<HttpClient> browsing = openSessions(base, sessions);
            if (heapReader.isPresent()) {
                System.gc();
            }
            double heapWithSessions = heapReader
                    .map(a -> metric(http, base, a, "jvm.memory.used?tag=area:heap"))
                    .orElse(Double.NaN);

            long origin = coldSeconds > 0 ? firstPage : System.nanoTime();
            long driveStart = System.nanoTime() - origin;
            List<Window> windows = new ArrayList<>();
            long at = 0;
            if (coldSeconds > 0) {
                at = Math.max(driveStart, TimeUnit.SECONDS.toNanos(coldSeconds));
                if (at > driveStart) {
                    windows.add(new Window("cold", driveStart, at));
                }
            } else {
                at = driveStart;
            }
            if (warmUp > 0) {
                windows.add(new Window("warm-up", at, at + TimeUnit.SECONDS.toNanos(warmUp)));
                at += TimeUnit.SECONDS.toNanos(warmUp);
            }
            windows.add(new Window("warm", at, at + TimeUnit.SECONDS.toNanos(seconds)));
            at += TimeUnit.SECONDS.toNanos(seconds);
            List<Phase> phases = drive(runs, clients, origin, at, windows, pid);

            double heapAfter = admin.map(a -> metric(http, base, a, "jvm.memory.used?tag=area:heap"))
                    .orElse(Double.NaN);
            double rss = pid.map(LoadCommand::residentBytes).orElse(Double.NaN);
            double sessionsActive = admin.map(a -> metric(http, base, a, "tomcat.sessions.active.current"))
                    .orElse(Double.NaN);

            if (coldSeconds > 0) {
                out.printf(
                        "%nfirst page answered; every model ready %.1f s later; the runs started %.1f s after the first page; the cold phase ends %d s after it%s%n",
                        modelsReady,
                        driveStart / 1e9,
                        coldSeconds,
                        driveStart >= TimeUnit.SECONDS.toNanos(coldSeconds) ? " (so there is none)" : "");
            }
            out.printf("%n| phase | s | clients | demo runs/s | p50 ms | p99 ms | ok | refused busy (503) | "
                    + "refused quota (429) | errors | portal CPU ms/run | generator CPU ms/run | other processes, cores |%n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n");
            long errors = 0;
            for (Phase phase : phases) {
                out.printf(
                        "| %s | %.0f | %d | %.1f | %.1f | %.1f | %d | %d | %d | %d | %.2f | %.2f | %.2f |%n",
                        phase.name(),
                        phase.seconds(),
                        clients,
                        phase.runsPerSecond(),
                        phase.p50(),
                        phase.p99(),
                        phase.ok(),
                        phase.byStatus().getOrDefault(503, 0L),
                        phase.byStatus().getOrDefault(429, 0L),
                        phase.errors(),
                        phase.portalCpuMsPerRun(),
                        phase.generatorCpuMsPerRun(),
                        phase.otherCores());
                if (!phase.byStatus().isEmpty()) {
                    out.printf("%s: statuses other than 200: %s%n", phase.name(), phase.byStatus());
                }
                errors += phase.errors();
            }
            if (pid.isEmpty()) {
                out.printf("(no --pid: the portal's CPU per run is not measured)%n");
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
            return errors == 0 ? 0 : 2;
        } catch (Exception e) {
            System.err.println("Load run failed: " + e);
            e.printStackTrace(System.err);
            return 1;
        }
    }

    /**
     * The sample runs once the portal has loaded its models: health may answer before the last case is
     * live, so the list is read until two readings a second apart agree (ten minutes at most).
     */
    private static List<String> settledSampleRuns(HttpClient http, String base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        List<String> previous = List.of();
        while (true) {
            List<String> runs;
            try {
                runs = sampleRuns(http, base);
            } catch (IllegalStateException e) {
                runs = List.of();
            }
            if (!runs.isEmpty() && runs.equals(previous)) {
                return runs;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the sample runs of " + base + " did not settle within 10 minutes");
            }
            previous = runs;
            Thread.sleep(1000);
        }
    }

    /** Polls a URL until it answers 200; returns System.nanoTime() of that answer. */
    private static long awaitStatus(HttpClient http, String url, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (java.io.IOException e) {
                // Not listening yet.
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(url + " did not answer 200 within " + limit);
            }
            Thread.sleep(50);
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
     * CPU time used so far, read once a second while the clients run: the portal's (from /proc, with
     * its pid), this generator's own (its JVM), and the whole machine's busy time (from /proc/stat), so
     * what other processes took from the same cores shows too.
     */
    record CpuSample(long at, double portalSeconds, double generatorSeconds, double machineBusySeconds) {}

    /**
     * Drives the clients closed-loop for {@code total} from {@code origin} and cuts the record into
     * {@code phases} (name, start and end in ns since origin).
     */
    private static List<Phase> drive(
            List<String> runs, int clients, long origin, long total, List<Window> phases, Optional<String> pid)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Completions> records = new ArrayList<>();
        List<CpuSample> cpu = java.util.Collections.synchronizedList(new ArrayList<>());
        cpu.add(cpuNow(origin, pid));
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Completions mine = new Completions();
            records.add(mine);
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
                        int status;
                        try {
                            status = http.send(
                                            HttpRequest.newBuilder(URI.create(url))
                                                    .timeout(Duration.ofSeconds(30))
                                                    .POST(HttpRequest.BodyPublishers.noBody())
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString())
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
            cpu.add(cpuNow(origin, pid));
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
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
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
        CpuSample first = nearest(cpu, window.from());
        CpuSample last = nearest(cpu, window.to());
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

    private static CpuSample nearest(List<CpuSample> samples, long at) {
        CpuSample best = samples.getFirst();
        for (CpuSample sample : samples) {
            if (Math.abs(sample.at() - at) < Math.abs(best.at() - at)) {
                best = sample;
            }
        }
        return best;
    }

    private static CpuSample cpuNow(long origin, Optional<String> pid) {
        double generator = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9
                : Double.NaN;
        return new CpuSample(
                System.nanoTime() - origin,
                pid.map(LoadCommand::processCpuSeconds).orElse(Double.NaN),
                generator,
                machineBusySeconds());
    }

    /** User plus system CPU of a local process, from /proc/PID/stat (Linux; clock ticks of 1/100 s). */
    static double processCpuSeconds(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** CPU time the whole machine spent busy (all but idle and iowait), from /proc/stat. */
    static double machineBusySeconds() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / (double) CLOCK_TICKS;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** VmRSS of a local process, from /proc (Linux). */
    private static double residentBytes(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
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
