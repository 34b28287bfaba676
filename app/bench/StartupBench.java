import java.util.Arrays;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The start-up benchmark: {@code java app/bench/StartupBench.java [RUNS]} from the repository root, after
 * {@code ./mvnw -DskipTests package}. In one run it starts the plain fat jar, the extracted jar and the fast path
 * (README's run command: the launcher, which adds the JDK AOT cache and its memory settings) RUNS times each, in turn, each time on a
 * fresh data folder and then again on the folder that start left (an existing one), and prints per variant the
 * median time from launch to the first page, to every model ready (the health endpoint UP: the inference pool is
 * down until every started case's model is loaded and warmed up), the resident memory then, 10 s later (idle), and after each case's
 * first sample ran once through the REST API, with ratios to the plain jar. The data folders are deleted at the end.
 */
public class StartupBench {

    private static final Path TARGET = Path.of("app", "target");
    private static final Path FAT_JAR = TARGET.resolve("lepton-case-library.jar");
    private static final Path EXTRACTED_JAR = TARGET.resolve("lepton").resolve("lepton-case-library.jar");
    private static final Path AOT_CACHE = TARGET.resolve("lepton").resolve("lepton-case-library.aot");
    /** README's run command: the extracted jar with its AOT cache and the launcher's memory settings. */
    private static final Path LAUNCHER = TARGET.resolve("lepton").resolve("lepton");
    /** The flags README's run command passes, for all three variants alike. */
    private static final List<String> JVM_FLAGS = List.of(
            "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Dai.djl.offline=true");
    /** How long one start may take (-Dstartup.timeout.seconds); a loaded shared machine needs minutes. */
    private static final Duration TIMEOUT =
            Duration.ofSeconds(Long.getLong("startup.timeout.seconds", 600));
    /** How long after ready the idle footprint is read again (-Dstartup.settle.seconds). */
    private static final Duration SETTLE = Duration.ofSeconds(Long.getLong("startup.settle.seconds", 10));

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Variant(String name, List<String> jvmArgs) {}

    record Start(double firstPageS, double modelsReadyS, double rssStartMb, double rssSettledMb, double rssDemosMb) {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        for (Path required : List.of(FAT_JAR, EXTRACTED_JAR, AOT_CACHE, LAUNCHER)) {
            if (!Files.isRegularFile(required)) {
                System.err.println("missing " + required + ": run ./mvnw -DskipTests package first");
                System.exit(2);
            }
        }
        List<Variant> variants = List.of(
                new Variant("plain jar", List.of("-jar", FAT_JAR.toString())),
                new Variant("extracted jar", List.of("-jar", EXTRACTED_JAR.toString())),
                new Variant("launcher: extracted + AOT cache (README)", List.of(LAUNCHER.toString())));
        Map<String, List<Start>> fresh = new LinkedHashMap<>();
        Map<String, List<Start>> existing = new LinkedHashMap<>();
        Path work = Files.createTempDirectory("lepton-startup-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(work)));
        System.out.printf(
                "Start-up benchmark: %d run(s) per variant, %d cores, load average %s%n",
                runs, Runtime.getRuntime().availableProcessors(), loadAverage());
        for (int run = 1; run <= runs; run++) {
            for (Variant variant : variants) {
                Path data = work.resolve(variant.name().replaceAll("[^a-z]+", "-") + run);
                Start first = start(variant, data, true);
                Start again = start(variant, data, false);
                fresh.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(first);
                existing.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(again);
                System.out.printf("run %d %-32s fresh %s | existing %s%n", run, variant.name(), show(first), show(again));
            }
        }
        System.out.printf("%nload average after: %s%n", loadAverage());
        table("fresh data folder", fresh);
        table("existing data folder", existing);
    }

    private static Start start(Variant variant, Path data, boolean runDemos) throws Exception {
        Files.createDirectories(data);
        int port = freePort();
        List<String> command = new ArrayList<>();
        if (variant.jvmArgs().equals(List.of(LAUNCHER.toString()))) {
            // The launcher passes the JVM flags itself and finds java through JAVA_HOME (set below).
            command.add(absolute(LAUNCHER.toString()));
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(JVM_FLAGS);
            command.addAll(variant.jvmArgs().stream()
                    .map(a -> a.endsWith(".jar") ? absolute(a) : a)
                    .toList());
        }
        command.addAll(List.of(
                "--server.port=" + port,
                "--lepton.data-directory=" + data.toAbsolutePath(),
                "--lepton.security.admin.password=startup-bench-" + port));
        long launched = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder
                .directory(data.toFile())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("portal.log").toFile())
                .start();
        try {
            String base = "http://127.0.0.1:" + port;
            double firstPage = await(process, base + "/", launched, data.resolve("portal.log"));
            double modelsReady = await(process, base + "/actuator/health", launched, data.resolve("portal.log"));
            double rssStart = rssMb(process.pid());
            // Right at ready the heap still holds the model loads' garbage; the launcher's G1 settings give it back
            // after 5 s idle, so the footprint of an idle portal is read a little later too.
            Thread.sleep(SETTLE.toMillis());
            double rssSettled = rssMb(process.pid());
            double rssDemos = Double.NaN;
            if (runDemos) {
                for (String run : sampleRuns(base)) {
                    HttpResponse<String> answer = HTTP.send(
                            HttpRequest.newBuilder(URI.create(run))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(run + " answered " + answer.statusCode());
                    }
                }
                rssDemos = rssMb(process.pid());
            }
            return new Start(firstPage, modelsReady, rssStart, rssSettled, rssDemos);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Seconds from launch until the URL answers 200. */
    private static double await(Process process, String url, long launched, Path log) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() - launched < TIMEOUT.toNanos()) {
            if (!process.isAlive()) {
                List<String> lines = Files.readAllLines(log);
                throw new IllegalStateException("the portal exited with " + process.exitValue() + "; the end of its log:\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(url + " did not answer 200 within " + TIMEOUT);
    }

    /** One run URL per case: its first shipped sample. */
    private static List<String> sampleRuns(String base) throws Exception {
        String list = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/cases")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<String> runs = new ArrayList<>();
        Matcher ids = Pattern.compile("\"id\":\"([a-z0-9-]+)\"").matcher(list);
        while (ids.find()) {
            String one = HTTP.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/cases/" + ids.group(1)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher sample = Pattern.compile("\"samples\":\\[\"([^\"]+)\"").matcher(one);
            if (sample.find()) {
                runs.add(base + "/api/cases/" + ids.group(1) + "/samples/" + sample.group(1) + "/run");
            }
        }
        return runs;
    }

    private static void table(String title, Map<String, List<Start>> starts) {
        Start plain = medians(starts.values().iterator().next());
        System.out.printf(
                "%n%s (medians):%n| variant | first page s | models ready s | RSS at ready MB | RSS %d s later MB |%s%n"
                        + "|---|---:|---:|---:|---:|%s%n",
                title,
                SETTLE.toSeconds(),
                plain.rssDemosMb() > 0 ? " RSS after every demo MB |" : "",
                plain.rssDemosMb() > 0 ? "---:|" : "");
        starts.forEach((name, list) -> {
            Start m = medians(list);
            System.out.printf(
                    "| %s | %.1f (x%.2f) | %.1f (x%.2f) | %.0f (x%.2f) | %.0f (x%.2f) |%s%n",
                    name,
                    m.firstPageS(),
                    m.firstPageS() / plain.firstPageS(),
                    m.modelsReadyS(),
                    m.modelsReadyS() / plain.modelsReadyS(),
                    m.rssStartMb(),
                    m.rssStartMb() / plain.rssStartMb(),
                    m.rssSettledMb(),
                    m.rssSettledMb() / plain.rssSettledMb(),
                    plain.rssDemosMb() > 0
                            ? " %.0f (x%.2f) |".formatted(m.rssDemosMb(), m.rssDemosMb() / plain.rssDemosMb())
                            : "");
        });
    }

    private static Start medians(List<Start> list) {
        return new Start(
                median(list.stream().mapToDouble(Start::firstPageS).toArray()),
                median(list.stream().mapToDouble(Start::modelsReadyS).toArray()),
                median(list.stream().mapToDouble(Start::rssStartMb).toArray()),
                median(list.stream().mapToDouble(Start::rssSettledMb).toArray()),
                median(list.stream().mapToDouble(Start::rssDemosMb).toArray()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String show(Start s) {
        return "page %.1f s, models %.1f s, RSS %.0f MB, %.0f MB settled%s"
                .formatted(
                        s.firstPageS(),
                        s.modelsReadyS(),
                        s.rssStartMb(),
                        s.rssSettledMb(),
                        Double.isNaN(s.rssDemosMb()) ? "" : ", after demos %.0f MB".formatted(s.rssDemosMb()));
    }

    private static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " (1 min)";
    }

    private static String absolute(String arg) {
        int eq = arg.indexOf('=');
        return eq < 0
                ? Path.of(arg).toAbsolutePath().toString()
                : arg.substring(0, eq + 1) + Path.of(arg.substring(eq + 1)).toAbsolutePath();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }
}
