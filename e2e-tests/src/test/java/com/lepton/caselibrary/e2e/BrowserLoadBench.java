package com.lepton.caselibrary.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bench, not a test (it asserts nothing and prints figures): M real browser sessions in Debian's Chromium
 * against one portal, optionally with the REST load of {@code java -jar lepton-case-library.jar load} at the same
 * time. Each session is its own browser context (its own cookies, so its own Vaadin session): it opens the home
 * page, follows the link to a case page inside the same Vaadin UI, and stays open. The contexts are spread over a
 * few Chromium browsers, each driven from its own thread (Playwright objects are not thread-safe); tabs are kept
 * open so that every UI stays on the server. Prints sessions opened, failures, time to open, the portal's heap
 * (after a full GC forced with {@code jcmd PID GC.run} where the portal runs on this machine) and RSS before and
 * after, heap per Vaadin session, and the portal's own counts of Vaadin sessions and UIs.
 * <p>
 * Run: {@code ./mvnw -B -pl e2e-tests test-compile exec:exec@browser-load -Dbench.browsers=200 -Dbench.clients=64}
 * (see the e2e-tests pom for every {@code bench.*} setting; {@code -Dbench.url=...
 * -Dbench.admin=user:password [-Dbench.pid=PID]} points it at a portal that is already running).
 */
public final class BrowserLoadBench {

    private static final Pattern VALUE = Pattern.compile("\"value\":([0-9.E+-]+)");

    private final String base;
    private final String admin;
    private final Optional<Long> pid;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private BrowserLoadBench(String base, String admin, Optional<Long> pid) {
        this.base = base;
        this.admin = admin;
        this.pid = pid;
    }

    public static void main(String[] args) throws Exception {
        int browsers = Integer.getInteger("bench.browsers", 200);
        int processes = Integer.getInteger("bench.chromiums", 4);
        int clients = Integer.getInteger("bench.clients", 64);
        int seconds = Integer.getInteger("bench.seconds", 30);
        String casePath = System.getProperty("bench.case", "/cases/manufacturing-sorting");
        Optional<String> url =
                Optional.ofNullable(System.getProperty("bench.url")).filter(s -> !s.isBlank());

        PortalProcess started = null;
        BrowserLoadBench bench;
        if (url.isPresent()) {
            String admin = Optional.ofNullable(System.getProperty("bench.admin"))
                    .orElseThrow(() ->
                            new IllegalArgumentException("-Dbench.admin=user:password is needed with -Dbench.url"));
            bench = new BrowserLoadBench(
                    url.get().replaceAll("/+$", ""),
                    admin,
                    Optional.ofNullable(System.getProperty("bench.pid"))
                            .filter(s -> !s.isBlank())
                            .map(Long::parseLong));
        } else {
            // Quotas far above the load: every REST client shares one address.
            started = PortalProcess.start("BrowserLoadBench", 0, List.of("--lepton.demo.runs-per-minute=1000000"));
            bench = new BrowserLoadBench(
                    started.baseUrl(),
                    PortalProcess.ADMIN_USERNAME + ":" + PortalProcess.ADMIN_PASSWORD,
                    Optional.of(started.pid()));
        }
        try {
            bench.run(browsers, processes, clients, seconds, casePath);
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }

    private void run(int browsers, int processes, int clients, int seconds, String casePath) throws Exception {
        System.out.printf(
                "Browser load on %s: %d browser sessions in %d Chromium browsers, then %d REST demo clients for %d s%n",
                base, browsers, processes, clients, seconds);
        // A first reading warms up the metrics endpoint and collects start-up garbage; only the second counts.
        snapshot();
        Snapshot idle = snapshot();
        System.out.println("before:        " + idle);

        List<Chromium> chromiums = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            chromiums.add(new Chromium());
        }
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        // Two waves: the heap between them is what each further session costs, without the one-time heap of the
        // first visits (caches, compiled templates) that the figure against the idle portal also carries.
        int firstWave = open(chromiums, browsers / 2, base, casePath, failures);
        Snapshot half = snapshot();
        System.out.println("first wave:    " + half);
        int opened = firstWave + open(chromiums, browsers - browsers / 2, base, casePath, failures);
        double openSeconds = (System.nanoTime() - start) / 1e9;
        Snapshot open = snapshot();
        System.out.printf(
                "opened:        %s%nsessions opened %d of %d in %.1f s (%.2f s each on average, %d at a time); failures %s%n",
                open,
                opened,
                browsers,
                openSeconds,
                openSeconds * processes / Math.max(1, browsers),
                processes,
                failures);

        Snapshot loaded = open;
        if (clients > 0) {
            int exit = restLoad(clients, seconds);
            loaded = snapshot();
            System.out.printf("after load:    %s (load command exit %d: 0 = no errors)%n", loaded, exit);
        }

        // Every session makes a server round trip in its own UI: still alive and answering?
        AtomicInteger alive = new AtomicInteger();
        List<Future<?>> checks = new ArrayList<>();
        for (Chromium chromium : chromiums) {
            checks.add(chromium.thread.submit(() -> alive.addAndGet(chromium.roundTrip(failures))));
        }
        for (Future<?> f : checks) {
            f.get();
        }
        System.out.printf(
                "round trip after the load: %d of %d sessions answered; failures %s%n", alive.get(), opened, failures);

        double perSession = (open.heapBytes - idle.heapBytes) / Math.max(1, opened);
        double perFurtherSession = (open.heapBytes - half.heapBytes) / Math.max(1, opened - firstWave);
        System.out.printf(
                "%n| browser sessions | opened | time to open s | heap idle MB | heap with sessions MB | heap per session KB "
                        + "| heap per session of the second wave KB "
                        + "| RSS idle MB | RSS with sessions MB | RSS after load MB | Vaadin sessions | Vaadin UIs | round trips answered after the load |%n"
                        + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n");
        System.out.printf(
                "| %d | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %d |%n",
                browsers,
                opened,
                openSeconds,
                idle.heapBytes / 1e6,
                open.heapBytes / 1e6,
                perSession / 1e3,
                perFurtherSession / 1e3,
                idle.rssBytes / 1e6,
                open.rssBytes / 1e6,
                loaded.rssBytes / 1e6,
                open.vaadinSessions,
                open.vaadinUis,
                alive.get());
        System.out.println("heap: "
                + (pid.isPresent()
                        ? "used heap after a full GC forced with jcmd GC.run, read from /actuator/metrics"
                        : "used heap from /actuator/metrics without a forced GC (portal not on this machine): noisy"));

        for (Chromium chromium : chromiums) {
            chromium.thread.submit(chromium::close).get();
            chromium.thread.shutdown();
        }
    }

    /** Opens {@code count} more sessions, spread over the browsers, each browser from its own thread. */
    private static int open(
            List<Chromium> chromiums, int count, String base, String casePath, Map<String, AtomicInteger> failures)
            throws Exception {
        List<Future<Integer>> opening = new ArrayList<>();
        for (int i = 0; i < chromiums.size(); i++) {
            int share = count / chromiums.size() + (i < count % chromiums.size() ? 1 : 0);
            Chromium chromium = chromiums.get(i);
            opening.add(chromium.thread.submit(() -> chromium.open(share, base, casePath, failures)));
        }
        int opened = 0;
        for (Future<Integer> f : opening) {
            opened += f.get();
        }
        return opened;
    }

    /** The REST load of the portal jar's own {@code load} command, with the portal's admin and pid for its figures. */
    private int restLoad(int clients, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                E2eSettings.javaExecutable().toString(),
                "-jar",
                E2eSettings.portalJar().toString(),
                "load",
                "--url",
                base,
                "--clients",
                String.valueOf(clients),
                "--seconds",
                String.valueOf(seconds),
                "--sessions",
                "0",
                "--admin",
                admin));
        pid.ifPresent(p -> command.addAll(List.of("--pid", String.valueOf(p))));
        System.out.println("REST load: " + String.join(" ", command).replace(admin, "admin:***"));
        Process load = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> System.out.println("  [load] " + line));
        }
        return load.waitFor();
    }

    record Snapshot(double heapBytes, double rssBytes, double tomcatSessions, double vaadinSessions, double vaadinUis) {
        @Override
        public String toString() {
            return String.format(
                    "heap used %.0f MB, RSS %.0f MB, tomcat sessions %.0f, Vaadin sessions %.0f, Vaadin UIs %.0f",
                    heapBytes / 1e6, rssBytes / 1e6, tomcatSessions, vaadinSessions, vaadinUis);
        }
    }

    private Snapshot snapshot() {
        pid.ifPresent(BrowserLoadBench::fullGc);
        return new Snapshot(
                metric("jvm.memory.used?tag=area:heap"),
                pid.map(BrowserLoadBench::residentBytes).orElse(Double.NaN),
                metric("tomcat.sessions.active.current"),
                metric("lepton.vaadin.sessions"),
                metric("lepton.vaadin.uis"));
    }

    /** A full collection in the portal's JVM, so that heap used is what is live. */
    private static void fullGc(long pid) {
        Path jcmd = E2eSettings.javaExecutable().resolveSibling("jcmd");
        try {
            Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
                System.out.println("(jcmd GC.run did not succeed: heap figures are not after a full GC)");
            }
        } catch (Exception e) {
            System.out.println("(no jcmd: " + e + ")");
        }
    }

    private static double residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (Exception e) {
            // not Linux, or gone
        }
        return Double.NaN;
    }

    private double metric(String name) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/" + name))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(admin.getBytes(StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher value = VALUE.matcher(response.body());
            return response.statusCode() == 200 && value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** One Chromium process and the thread that alone drives it. */
    private static final class Chromium {

        final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final List<Page> pages = new ArrayList<>();
        // Each context's tab gets its own renderer process (100 MB or more each here): mind the memory.
        private BrowserSession session;

        int open(int count, String base, String casePath, Map<String, AtomicInteger> failures) {
            if (session == null) {
                session = BrowserSession.launch();
            }
            int opened = 0;
            for (int i = 0; i < count; i++) {
                BrowserContext context = session.browser()
                        .newContext(new Browser.NewContextOptions()
                                .setViewportSize(1280, 800)
                                .setLocale(pages.size() % 2 == 0 ? "en-US" : "zh-CN"));
                Page page = context.newPage();
                page.setDefaultTimeout(60_000);
                try {
                    page.navigate(base + "/");
                    E2e.waitForVaadin(page, 60_000);
                    // Links, as a visitor clicks them: the industry, then the case, inside the same UI.
                    String caseId = casePath.substring(casePath.lastIndexOf('/') + 1);
                    page.locator("#industry-" + caseId.substring(0, caseId.indexOf('-')))
                            .click();
                    page.locator("a[href='cases/" + caseId + "']").first().click();
                    page.locator("#demo").waitFor();
                    E2e.waitForVaadin(page, 60_000);
                    pages.add(page);
                    if (++opened % 10 == 0) {
                        System.out.printf(
                                "  %s: %d of %d sessions open%n",
                                Thread.currentThread().getName(), opened, count);
                    }
                } catch (RuntimeException e) {
                    failures.computeIfAbsent("open: " + firstLine(e), k -> new AtomicInteger())
                            .incrementAndGet();
                    context.close();
                }
            }
            return opened;
        }

        /** Back to the home page through the brand link: a server round trip in the same UI. */
        int roundTrip(Map<String, AtomicInteger> failures) {
            int ok = 0;
            for (Page page : pages) {
                try {
                    page.locator("#brand").click();
                    // The click's round trip may not have left yet: wait for its result, the case page gone.
                    page.locator("#demo")
                            .waitFor(new Locator.WaitForOptions()
                                    .setState(WaitForSelectorState.DETACHED)
                                    .setTimeout(60_000));
                    E2e.waitForVaadin(page, 60_000);
                    ok++;
                } catch (RuntimeException e) {
                    failures.computeIfAbsent("round trip: " + firstLine(e), k -> new AtomicInteger())
                            .incrementAndGet();
                }
            }
            return ok;
        }

        Void close() {
            if (session != null) {
                session.close();
            }
            return null;
        }

        private static String firstLine(RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            return message.lines().findFirst().orElse(message);
        }
    }
}
