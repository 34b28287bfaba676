package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.deck.Deck;
import com.lepton.caselibrary.deck.DeckService;
import com.lepton.caselibrary.demo.DemoRunRepository;
import com.lepton.caselibrary.demo.RunHistory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.TransactionException;

/**
 * Data safety across a PostgreSQL restart under the running portal. The test starts a private
 * PostgreSQL server of its own (initdb into a temporary folder, a free port, trust
 * authentication; as the {@code postgres} OS user when the build runs as root, since initdb
 * refuses root), starts the portal on it, runs demos through the REST API and checks that they
 * are in the run history. It then stops PostgreSQL while the portal runs: demos must still be
 * answered (their runs wait in memory), pages must answer within a bound, and a deck the
 * database cannot take is refused, not acknowledged. It starts PostgreSQL again on the same port and
 * data folder, waits (with a deadline, never a fixed sleep) until the portal uses the database
 * again by itself, and checks that every run answered during the outage is written with its time,
 * that new runs are recorded and that everything recorded before the outage is still there. The PostgreSQL binaries come from {@code LEPTON_IT_PG_BIN} (default
 * {@code /usr/lib/postgresql/15/bin}); the test is skipped when there are none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresRestartIT {

    private static final Logger log = LoggerFactory.getLogger(PostgresRestartIT.class);

    private static final Path BIN = Path.of(env("LEPTON_IT_PG_BIN", "/usr/lib/postgresql/15/bin"));
    private static final int DB_PORT = freePort();
    private static final String DATABASE = "lepton";
    private static final String USER = "postgres";
    private static final Path DATA = temporaryFolder("lepton-it");
    /** No wait in this test may exceed this: the machine is shared, so it is a bound, not a measurement. */
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(90);

    private static final String TEXT_CASE = "finance-message-risk";
    private static final String IMAGE_CASE = "manufacturing-sorting";

    private static PrivateServer server;

    @LocalServerPort
    int port;

    @Autowired
    DemoRunRepository runs;

    @Autowired
    RunHistory history;

    @Autowired
    DeckService decks;

    private static final DeckService.User OWNER = new DeckService.User("consultant-restart", false);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startPostgres() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl")),
                "no PostgreSQL binaries (initdb, pg_ctl) in " + BIN + "; set LEPTON_IT_PG_BIN to run this test");
        server = new PrivateServer(BIN, DB_PORT);
        server.initialize();
        server.start();
        try (Connection connection = DriverManager.getConnection(server.url("postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE);
        }
    }

    @AfterAll
    static void stopPostgres() {
        if (server != null) {
            server.destroy();
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("lepton.data-directory", DATA::toString);
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + DB_PORT + "/" + DATABASE);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        // This test counts runs itself; the per-visitor quota is not what it is about.
        registry.add("lepton.demo.runs-per-minute", () -> "10000");
        // Every read during the outage waits this long for a connection before it is refused; what is refused and
        // how does not depend on it, so the test waits 1.5 s instead of the shipped 5 s each time.
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1500");
    }

    @Test
    void theRunHistorySurvivesAPostgresRestartUnderTheRunningPortal() throws Exception {
        // 1. The portal on the private server: demos answered and recorded.
        int madeBefore = 0;
        for (int i = 0; i < 2; i++) {
            assertAnswered(runText("before " + i));
            assertAnswered(runSample());
            madeBefore += 2;
        }
        history.flush(); // runs are written in the background; the test does not wait for the writer's turn
        List<Long> before = recordedRunIds();
        assertThat(before).as("runs recorded before the outage").hasSize(madeBefore);
        assertThat(runs.count()).isEqualTo(madeBefore);

        Deck deckBefore = decks.create(OWNER, "Before the outage", "Client A");

        // 2. PostgreSQL stops under the running portal.
        server.stop();
        Instant outageStart = Instant.now();
        int madeDuring = 0;
        for (int i = 0; i < 2; i++) {
            assertAnsweredDuringOutage(runText("during " + i));
            assertAnsweredDuringOutage(runSample());
            madeDuring += 2;
        }
        // The page's shell needs no database; what reads it says so: a problem body with a retry hint, and health DOWN.
        assertThat(getDuringOutage("/").statusCode())
                .as("GET / during the outage")
                .isEqualTo(200);
        HttpResponse<String> cases = getDuringOutage("/api/cases");
        assertThat(cases.statusCode()).as("GET /api/cases during the outage").isEqualTo(503);
        assertThat(cases.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(cases.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(cases.body()).contains("The database is unavailable right now");
        HttpResponse<String> health = getDuringOutage("/actuator/health");
        assertThat(health.statusCode())
                .as("GET /actuator/health during the outage")
                .isEqualTo(503);
        assertThat(health.body()).contains("\"DOWN\"");
        assertThat(history.backlog())
                .as("runs answered during the outage, waiting for the database")
                .isEqualTo(madeDuring);
        // A write the database cannot take is refused, never acknowledged: the deck page shows the error.
        assertThatThrownBy(() -> decks.create(OWNER, "During the outage", "Client B"))
                .isInstanceOfAny(DataAccessException.class, TransactionException.class);

        // 3. PostgreSQL back on the same port and data folder: the portal reconnects by itself.
        server.start();
        Instant outageEnd = Instant.now();
        long restarted = System.nanoTime();
        int expected = before.size() + madeDuring;
        awaitUntil("the portal writes the runs of the outage once the database is back", () -> {
            try {
                return send("GET", "/api/cases", null).statusCode() == 200 && runs.count() >= expected;
            } catch (IOException | RuntimeException e) {
                log.info("Not yet back: {}", e.toString());
                return false;
            }
        });
        log.info(
                "The portal read the database again {} ms after PostgreSQL was back",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted));

        int madeAfter = 0;
        for (int i = 0; i < 2; i++) {
            assertAnswered(runText("after " + i));
            assertAnswered(runSample());
            madeAfter += 2;
        }
        history.flush();
        List<Long> after = recordedRunIds();
        assertThat(after)
                .as("every run recorded before the outage is still there")
                .containsAll(before);
        int recordedDuring = after.size() - before.size() - madeAfter;
        log.info(
                "Runs: {} recorded before the outage, {} answered during it of which {} recorded, {} after the restart; history now {}",
                before.size(),
                madeDuring,
                recordedDuring,
                madeAfter,
                after.size());
        assertThat(recordedDuring)
                .as("every run answered during the outage reached the history")
                .isEqualTo(madeDuring);
        assertThat(runsCreatedBetween(outageStart, outageEnd))
                .as("with the time it was answered, not the time it was written")
                .isEqualTo(madeDuring);
        assertThat(history.backlog()).isZero();
        assertThat(history.lost()).isZero();
        assertThat(decks.decksOf(OWNER)).extracting(Deck::getTitle).containsExactly(deckBefore.getTitle());
        assertThat(runs.count()).as("the portal's own view of the history").isEqualTo(after.size());
        assertThat(send("GET", "/actuator/health", null).body()).contains("\"UP\"");
        assertThat(send("GET", "/", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> runText(String tag) throws IOException {
        return send(
                "POST",
                "/api/cases/" + TEXT_CASE + "/run",
                "{\"text\":\"URGENT! You have won a FREE prize (" + tag
                        + "). Click here now to claim your cash reward!!!\"}");
    }

    private HttpResponse<String> runSample() throws IOException {
        return send("POST", "/api/cases/" + IMAGE_CASE + "/samples/sneaker/run", null);
    }

    private static void assertAnswered(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as(response.uri() + ": " + response.body())
                .isEqualTo(200);
        assertThat(response.body()).contains("\"succeeded\":true");
    }

    /** The demo needs no database: the visitor still gets the model's answer; the run waits in memory for the history. */
    private void assertAnsweredDuringOutage(HttpResponse<String> response) {
        log.info(
                "During the outage POST {} answered {}: {}",
                response.uri().getPath(),
                response.statusCode(),
                abbreviate(response.body()));
        assertAnswered(response);
    }

    private static int runsCreatedBetween(Instant from, Instant to) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.url(DATABASE), USER, "");
                var statement =
                        connection.prepareStatement("select count(*) from demo_run where created_at between ? and ?")) {
            statement.setTimestamp(1, Timestamp.from(from));
            statement.setTimestamp(2, Timestamp.from(to));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The ids in the demo run history, read straight from the database, not through the portal. */
    private static List<Long> recordedRunIds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server.url(DATABASE), USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from demo_run order by id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private HttpResponse<String> getDuringOutage(String path) throws IOException {
        long start = System.nanoTime();
        HttpResponse<String> answer = send("GET", path, null);
        log.info(
                "During the outage GET {} answered {} after {} ms: {}",
                path,
                answer.statusCode(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                abbreviate(answer.body()));
        return answer;
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(HTTP_TIMEOUT)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            log.debug(
                    "{} {} -> {} in {} ms",
                    method,
                    path,
                    response.statusCode(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            return response;
        } catch (HttpTimeoutException e) {
            throw new AssertionError(method + " " + path + " got no answer within " + HTTP_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + DEADLINE + ": " + what);
            }
            Thread.sleep(250);
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * A PostgreSQL server of the test's own, in a temporary folder, listening on 127.0.0.1 only
     * with its socket in that folder. Run as the {@code postgres} OS user when the JVM runs as root.
     */
    static final class PrivateServer {

        private final Path bin;
        private final int port;
        private final Path folder;
        private final Path data;
        private final Path logFile;
        private final boolean asRoot = "root".equals(System.getProperty("user.name"));
        private final Thread cleanup = new Thread(this::stopQuietly, "stop-private-postgres");

        PrivateServer(Path bin, int port) throws IOException {
            this.bin = bin;
            this.port = port;
            this.folder = Files.createTempDirectory("lepton-pg-restart");
            this.data = folder.resolve("data");
            this.logFile = folder.resolve("postgres.log");
        }

        String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        void initialize() throws IOException, InterruptedException {
            if (asRoot) {
                run(List.of("chown", "postgres:", folder.toString()));
            }
            run(asServerUser(List.of(
                    bin.resolve("initdb").toString(),
                    "-D",
                    data.toString(),
                    "-A",
                    "trust",
                    "-U",
                    USER,
                    "-E",
                    "UTF8",
                    "--no-sync")));
            Runtime.getRuntime().addShutdownHook(cleanup);
        }

        void start() throws IOException, InterruptedException {
            run(asServerUser(List.of(
                    bin.resolve("pg_ctl").toString(),
                    "-D",
                    data.toString(),
                    "-l",
                    logFile.toString(),
                    "-w",
                    "-t",
                    String.valueOf(DEADLINE.toSeconds()),
                    "-o",
                    "-p " + port + " -c listen_addresses=127.0.0.1 -k " + folder,
                    "start")));
        }

        void stop() throws IOException, InterruptedException {
            run(asServerUser(List.of(
                    bin.resolve("pg_ctl").toString(),
                    "-D",
                    data.toString(),
                    "-m",
                    "fast",
                    "-w",
                    "-t",
                    String.valueOf(DEADLINE.toSeconds()),
                    "stop")));
        }

        /** Stops the server if it runs and removes its folder. */
        void destroy() {
            stopQuietly();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run.
            }
            try (var paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                log.warn("Could not remove {}: {}", folder, e.toString());
            }
        }

        private void stopQuietly() {
            if (!Files.exists(data.resolve("postmaster.pid"))) {
                return;
            }
            try {
                stop();
            } catch (IOException | RuntimeException e) {
                log.warn("Could not stop the private PostgreSQL server: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private List<String> asServerUser(List<String> command) {
            if (!asRoot) {
                return command;
            }
            List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
            wrapped.addAll(command);
            return wrapped;
        }

        private void run(List<String> command) throws IOException, InterruptedException {
            Path output = Files.createTempFile("lepton-pg-command", ".log");
            try {
                Process process = new ProcessBuilder(command)
                        .directory(folder.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(DEADLINE.toSeconds() + 30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("No end within the deadline: " + command);
                }
                if (process.exitValue() != 0) {
                    String serverLog = Files.exists(logFile) ? Files.readString(logFile) : "";
                    throw new IllegalStateException("Failed (" + process.exitValue() + "): " + command + "\n"
                            + Files.readString(output) + "\n" + serverLog);
                }
            } finally {
                Files.deleteIfExists(output);
            }
        }
    }
}
