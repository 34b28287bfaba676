package com.lepton.caselibrary.e2e;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The packaged portal, started as a child JVM on a free port with a fresh PostgreSQL database and a fresh data
 * folder, its output appended to {@code target/e2e/portal.log}. {@link #start} returns once
 * {@code /actuator/health} answers 200 with {@code "status":"UP"}; {@link #close} stops the process and drops the
 * database.
 */
public final class PortalProcess implements AutoCloseable {

    /** The first administrator of every portal the tests start. */
    public static final String ADMIN_USERNAME = "admin";

    public static final String ADMIN_PASSWORD = "e2e-administrator-" + UUID.randomUUID();

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final String HEAP_LIMIT = "-Xmx1g";
    private static final int LOG_TAIL_LINES = 80;

    private final String baseUrl;
    private final Process process;
    private final PortalDatabase database;
    private final Path logFile;
    private final long logOffset;
    private final Path dataDirectory;
    private final Thread shutdownHook;
    private boolean fastStart;
    /** False for a replica on a database other replicas share: closing it leaves the database alone. */
    private boolean ownsDatabase = true;

    private PortalProcess(
            String baseUrl,
            Process process,
            PortalDatabase database,
            Path logFile,
            long logOffset,
            Path dataDirectory) {
        this.baseUrl = baseUrl;
        this.process = process;
        this.database = database;
        this.logFile = logFile;
        this.logOffset = logOffset;
        this.dataDirectory = dataDirectory;
        if (process != null) {
            // If the test JVM is killed (failsafe timeout, Ctrl-C), take the portal down with it.
            this.shutdownHook = new Thread(process::destroyForcibly, "e2e-portal-killer");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } else {
            this.shutdownHook = null;
        }
    }

    /** A portal that somebody else runs (see {@link E2eSettings#externalBaseUrl()}); closing it does nothing. */
    public static PortalProcess external(String baseUrl) {
        return new PortalProcess(baseUrl, null, null, null, 0, null);
    }

    /**
     * Starts the configured portal ({@link E2eSettings#portalJar()}): through its fast-start launcher (extracted jar
     * and AOT cache, as README's run command) when the package step made one, else the fat jar.
     */
    public static PortalProcess start(String label) {
        return start(label, 0, List.of());
    }

    public static PortalProcess start(Path jar, String label, Duration timeout) {
        return start(jar, Optional.empty(), label, timeout, 0, List.of(), null);
    }

    /**
     * Starts the configured portal on {@code port} (0: a free one) with extra portal arguments, e.g. to
     * make one portal use another as its remote inference pool.
     */
    public static PortalProcess start(String label, int port, List<String> extraArguments) {
        Path jar = E2eSettings.portalJar();
        return start(
                jar,
                E2eSettings.fastStartLauncher(jar),
                label,
                E2eSettings.portalStartTimeout(),
                port,
                extraArguments,
                null);
    }

    /**
     * Starts one replica of several on {@code port} (0: a free one) on a database they share; closing the
     * replica leaves the database to its owner.
     */
    public static PortalProcess startReplica(
            String label, PortalDatabase shared, int port, List<String> extraArguments) {
        Path jar = E2eSettings.portalJar();
        return start(
                jar,
                E2eSettings.fastStartLauncher(jar),
                label,
                E2eSettings.portalStartTimeout(),
                port,
                extraArguments,
                shared);
    }

    /** Starts the configured fat jar with {@code java -jar}, never the fast path (to compare the two). */
    public static PortalProcess startPlainJar(String label) {
        return startPlainJar(label, List.of());
    }

    public static PortalProcess startPlainJar(String label, List<String> extraArguments) {
        return start(
                E2eSettings.portalJar(),
                Optional.empty(),
                label,
                E2eSettings.portalStartTimeout(),
                0,
                extraArguments,
                null);
    }

    private static PortalProcess start(
            Path jar,
            Optional<Path> launcher,
            String label,
            Duration timeout,
            int fixedPort,
            List<String> extraArguments,
            PortalDatabase shared) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "Portal jar not found: " + jar
                            + " -- build it first (./mvnw -B package -pl app -am), or run the whole reactor (./mvnw -B verify)");
        }
        Path out = E2eSettings.outputDir();
        Path logFile = out.resolve("portal.log");
        PortalDatabase database = shared != null ? shared : PortalDatabase.create(label);
        Process process = null;
        try {
            Files.createDirectories(out.resolve("portal-data"));
            Path dataDirectory = Files.createTempDirectory(out.resolve("portal-data"), sanitize(label) + "-");
            int port = fixedPort > 0 ? fixedPort : freePort();
            List<String> command = new ArrayList<>();
            if (launcher.isPresent()) {
                // The launcher passes the same JVM flags as below, plus the AOT cache; JAVA_OPTS adds the heap limit.
                command.add(launcher.get().toString());
            } else {
                command.addAll(List.of(
                        E2eSettings.javaExecutable().toString(),
                        HEAP_LIMIT,
                        "--enable-native-access=ALL-UNNAMED",
                        "--sun-misc-unsafe-memory-access=allow",
                        "-Dai.djl.offline=true",
                        "-jar",
                        jar.toString()));
            }
            command.addAll(List.of(
                    "--server.port=" + port,
                    "--lepton.data-directory=" + dataDirectory,
                    "--spring.profiles.active=postgres",
                    // The first administrator, so journeys can sign in (never a default of the portal itself).
                    "--lepton.security.admin.username=" + ADMIN_USERNAME,
                    "--lepton.security.admin.password=" + ADMIN_PASSWORD,
                    // Healthy as soon as the models are loaded, as the journeys' timeouts assume (no start-up warm-up).
                    "--lepton.demo.warm-up=0s"));
            command.addAll(extraArguments);
            String header = "%n===== %s: starting %s on port %d, database %s, data %s =====%n%s%n"
                    .formatted(Instant.now(), label, port, database.name(), dataDirectory, String.join(" ", command));
            Files.writeString(
                    logFile, header, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            long logOffset = Files.size(logFile);

            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dataDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            if (launcher.isPresent()) {
                builder.environment().put("JAVA_HOME", E2eSettings.javaHome().toString());
                builder.environment().put("JAVA_OPTS", HEAP_LIMIT);
            }
            builder.environment().put("LEPTON_DB_URL", database.jdbcUrl());
            builder.environment().put("LEPTON_DB_USER", database.user());
            builder.environment().put("LEPTON_DB_PASSWORD", database.password());
            process = builder.start();

            PortalProcess portal =
                    new PortalProcess("http://127.0.0.1:" + port, process, database, logFile, logOffset, dataDirectory);
            portal.fastStart = launcher.isPresent();
            portal.ownsDatabase = shared == null;
            try {
                portal.awaitHealthy(timeout);
            } catch (RuntimeException | Error e) {
                portal.close();
                throw e;
            }
            return portal;
        } catch (IOException e) {
            if (process != null) {
                process.destroyForcibly();
            }
            if (shared == null) {
                database.close();
            }
            throw new UncheckedIOException("Cannot start the portal " + jar, e);
        } catch (RuntimeException | Error e) {
            if (process != null) {
                process.destroyForcibly();
            }
            if (shared == null) {
                database.close();
            }
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>} (no trailing slash). */
    public String baseUrl() {
        return baseUrl;
    }

    /** An absolute URL for a path such as {@code /cases/manufacturing-sorting}. */
    public String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** The run's database name, or null for an external portal. */
    public String databaseName() {
        return database == null ? null : database.name();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return logFile;
    }

    /** The portal's process id on this machine (for jcmd and /proc), or -1 for an external portal. */
    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** True when it was started through the fast-start launcher rather than {@code java -jar} on the fat jar. */
    public boolean fastStart() {
        return fastStart;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The last lines this portal wrote (only this start's part of portal.log). */
    public String logTail() {
        if (logFile == null) {
            return "(external portal: no log)";
        }
        try (RandomAccessFile raf = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = raf.length() - logOffset;
            if (length <= 0) {
                return "(the portal wrote nothing)";
            }
            long from = Math.max(logOffset, raf.length() - 64 * 1024);
            byte[] bytes = new byte[(int) (raf.length() - from)];
            raf.seek(from);
            raf.readFully(bytes);
            List<String> lines =
                    new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e + ")";
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited with code " + process.exitValue()
                        + " before it was healthy (" + last + "). Last lines of " + logFile + ":\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                last = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
                if (response.statusCode() == 200
                        && response.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    System.out.printf(
                            "[e2e] portal healthy at %s after %d ms (database %s)%n",
                            baseUrl, Duration.between(start, Instant.now()).toMillis(), database.name());
                    return;
                }
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the portal", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("The portal was not healthy within " + timeout.toSeconds() + " s (" + last
                + "). Last lines of " + logFile + ":\n" + logTail());
    }

    /** Stops the portal (SIGTERM, then SIGKILL after 20 s) and drops its database. Idempotent. */
    @Override
    public void close() {
        try {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!waitFor(STOP_GRACE)) {
                    System.out.println("[e2e] portal ignored SIGTERM for " + STOP_GRACE.toSeconds() + " s: killing it");
                    process.destroyForcibly();
                    waitFor(Duration.ofSeconds(10));
                }
            }
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // the hook runs anyway
                }
            }
        } finally {
            if (database != null && ownsDatabase) {
                database.close();
            }
        }
    }

    /** Kills the portal at once (SIGKILL), as a crashed machine would stop it; the database is left alone. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(10));
        }
    }

    /** The port the portal listens on. */
    public int port() {
        return URI.create(baseUrl).getPort();
    }

    private boolean waitFor(Duration duration) {
        try {
            return process.waitFor(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String sanitize(String label) {
        return label.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the portal", e);
        }
    }
}
