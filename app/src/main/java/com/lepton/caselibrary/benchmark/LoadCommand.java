package com.lepton.caselibrary.benchmark;

import com.lepton.caselibrary.cli.CommandSpec;
import com.lepton.caselibrary.cli.Options;
import com.lepton.caselibrary.cli.UsageException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code java -jar lepton-case-library.jar load --url http://127.0.0.1:8080 [--clients 64] [--seconds 30]
 * [--cold-seconds 60] [--warm-up 120] [--sessions 200] [--admin user:password] [--pid PID] [--cases ID,ID]}: a load
 * run against a running portal. N simulated visitors run the demos' shipped samples through the REST API closed-loop
 * (each its own session, round-robin over the cases, or over those {@code --cases} names), and S browsing sessions
 * open the case pages. Per phase (cold: the first seconds after the portal's first page, when started together with
 * the portal; warm-up; the measured warm phase) it prints demo runs per second, p50/p99 latency, refusals ("busy",
 * "try later") and errors by status, and the CPU per run of the portal (with its process id on this machine) and of
 * this generator separately, plus what other processes took from the same cores; with administrator credentials also
 * the portal's heap and heap per session from its own metrics; with {@code --pool-case ID} the warm phase as a share
 * of the inference pool's own throughput, measured after the load in this process on that case's model with as many
 * clients ({@code bench}'s mode c). Start the portal with quotas above the load
 * (e.g. {@code --lepton.demo.runs-per-minute=100000}), or the per-address quota answers most runs "try later".
 */
public final class LoadCommand {

    public static final String NAME = "load";

    /** What {@code load} expects; {@code load --help} prints it. */
    public static final CommandSpec SPEC = new CommandSpec(
            NAME,
            "Drives a running portal through its REST API with simulated visitors and prints runs/s and latency.",
            List.of(
                    PortalProbe.URL_OPTION,
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
                            "pid", "PID", "the portal's process id on this machine, for its RSS and CPU per run", ""),
                    CommandSpec.optional(
                            "cases",
                            "ID,ID",
                            "drive only these cases' samples, e.g. to compare with a run made when fewer were live",
                            "every live case"),
                    CommandSpec.optional(
                            "pool-case",
                            "ID",
                            "after the load, measure the pool alone on this case's model and print warm runs/s as a share of it",
                            "")),
            false,
            List.of("Start the portal with quotas above the load, e.g. --lepton.demo.runs-per-minute=100000."));

    private LoadCommand() {}

    /** The case ids of {@code --cases}: lower-case ids separated by commas. */
    static List<String> caseIds(String text) {
        List<String> ids = Arrays.stream(text.split(",")).map(String::trim).toList();
        if (ids.isEmpty() || ids.stream().anyMatch(id -> !id.matches("[a-z0-9-]+"))) {
            throw new UsageException("--cases expects case ids separated by commas (e.g. "
                    + "manufacturing-sorting,finance-message-risk), not '" + text + "'");
        }
        return ids;
    }

    /** The sample runs of the named cases, in the portal's order; every named case must offer some. */
    static List<String> runsOf(List<String> offered, List<String> caseIds) {
        List<String> missing = caseIds.stream()
                .filter(id -> offered.stream().noneMatch(run -> caseOf(run).equals(id)))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the portal runs no shipped sample of " + String.join(", ", missing)
                    + " (live cases: "
                    + offered.stream().map(LoadCommand::caseOf).distinct().collect(Collectors.joining(", "))
                    + ")");
        }
        return offered.stream().filter(run -> caseIds.contains(caseOf(run))).toList();
    }

    /** The case of a sample run's URL ({@code .../api/cases/ID/samples/S/run}). */
    static String caseOf(String run) {
        return run.replaceAll(".*/cases/([^/]+)/.*", "$1");
    }

    public static int run(String[] args) {
        PrintStream out = System.out;
        Options options = Options.parse(SPEC, args);
        String base = PortalProbe.base(options);
        int clients = options.positiveInt("clients");
        int seconds = options.positiveInt("seconds");
        int coldSeconds = options.nonNegativeInt("cold-seconds");
        int warmUp = options.nonNegativeInt("warm-up");
        int sessions = options.nonNegativeInt("sessions");
        Optional<String> admin = options.given("admin");
        Optional<String> pid = options.given("pid");
        Optional<String> poolCase = options.given("pool-case");
        Optional<List<String>> onlyCases = options.given("cases").map(LoadCommand::caseIds);
        pid.ifPresent(p -> options.longValue("pid"));
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            long firstPage = 0;
            double modelsReady = 0;
            if (coldSeconds > 0) {
                // The cold phase counts from the first page the portal answers; the runs start once every model is up.
                firstPage = PortalProbe.awaitStatus(http, base + "/", Duration.ofMinutes(10));
                PortalProbe.awaitStatus(http, base + "/actuator/health", Duration.ofMinutes(10));
                // As a proxy would: no runs before readiness, which waits for the portal's own warm-up.
                PortalProbe.awaitStatus(http, base + "/actuator/health/readiness", Duration.ofMinutes(10));
                modelsReady = (System.nanoTime() - firstPage) / 1e9;
            }
            List<String> offered =
                    coldSeconds > 0 ? PortalProbe.settledSampleRuns(http, base) : PortalProbe.sampleRuns(http, base);
            List<String> runs = onlyCases.map(ids -> runsOf(offered, ids)).orElse(offered);
            out.printf(
                    "Load on %s: %d demo clients over %d sample runs of %d cases; %d browsing sessions%n",
                    base,
                    clients,
                    runs.size(),
                    runs.stream().map(LoadCommand::caseOf).distinct().count(),
                    sessions);

            // Cold: nothing before the runs but the sessions (an administrator's sign-in costs a password hash).
            Optional<String> heapReader = coldSeconds > 0 ? Optional.empty() : admin;
            double heapBefore = heapReader
                    .map(a -> PortalProbe.metric(http, base, a, "jvm.memory.used?tag=area:heap"))
                    .orElse(Double.NaN);
            List<HttpClient> browsing = PortalProbe.openSessions(base, sessions);
            if (heapReader.isPresent()) {
                System.gc();
            }
            double heapWithSessions = heapReader
                    .map(a -> PortalProbe.metric(http, base, a, "jvm.memory.used?tag=area:heap"))
                    .orElse(Double.NaN);

            long origin = coldSeconds > 0 ? firstPage : System.nanoTime();
            long driveStart = System.nanoTime() - origin;
            List<LoadDriver.Window> windows = new ArrayList<>();
            long at = 0;
            if (coldSeconds > 0) {
                at = Math.max(driveStart, TimeUnit.SECONDS.toNanos(coldSeconds));
                if (at > driveStart) {
                    windows.add(new LoadDriver.Window("cold", driveStart, at));
                }
            } else {
                at = driveStart;
            }
            if (warmUp > 0) {
                windows.add(new LoadDriver.Window("warm-up", at, at + TimeUnit.SECONDS.toNanos(warmUp)));
                at += TimeUnit.SECONDS.toNanos(warmUp);
            }
            windows.add(new LoadDriver.Window("warm", at, at + TimeUnit.SECONDS.toNanos(seconds)));
            at += TimeUnit.SECONDS.toNanos(seconds);
            List<LoadDriver.Phase> phases = LoadDriver.drive(runs, clients, origin, at, windows, pid);

            double heapAfter = admin.map(a -> PortalProbe.metric(http, base, a, "jvm.memory.used?tag=area:heap"))
                    .orElse(Double.NaN);
            double rss = pid.map(CpuSample::residentBytes).orElse(Double.NaN);
            double sessionsActive = admin.map(a -> PortalProbe.metric(http, base, a, "tomcat.sessions.active.current"))
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
            for (LoadDriver.Phase phase : phases) {
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
                // A cold phase starts with the first page, so nothing is read from the portal before it.
                String early = heapReader.isPresent()
                        ? "%.0f MB before, %.0f MB with the sessions"
                                .formatted(heapBefore / 1e6, heapWithSessions / 1e6)
                        : "not read before a cold phase";
                out.printf(
                        "portal heap used: %s, %.0f MB after the load; RSS %.0f MB; tomcat sessions active %.0f%n",
                        early, heapAfter / 1e6, rss / 1e6, sessionsActive);
                if (!browsing.isEmpty()) {
                    out.printf(
                            "heap per browsing session ~ %.1f KB (difference of heap used, noisy: garbage collection runs when it likes)%n",
                            (heapWithSessions - heapBefore) / browsing.size() / 1e3);
                }
            }
            if (poolCase.isPresent()) {
                // After the load, so the two never share the cores; the portal is idle meanwhile.
                List<Double> rounds = BenchCommand.poolThroughputs(poolCase.get(), clients, 8, 3);
                double pool = rounds.stream().sorted().toList().get(1);
                double warm = phases.getLast().runsPerSecond();
                out.printf(
                        "%nwarm demo runs/s %.1f = %.1f %% of the inference pool alone (%s's model, %d clients, batching: median %.0f req/s of three 8 s rounds: %s)%n",
                        warm,
                        100 * warm / pool,
                        poolCase.get(),
                        clients,
                        pool,
                        rounds.stream().map(r -> "%.0f".formatted(r)).collect(Collectors.joining(", ")));
            }
            return errors == 0 ? 0 : 2;
        } catch (Exception e) {
            System.err.println("Load run failed: " + e);
            e.printStackTrace(System.err);
            return 1;
        }
    }
}
