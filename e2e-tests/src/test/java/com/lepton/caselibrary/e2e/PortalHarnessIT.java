package com.lepton.caselibrary.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * Checks the portal half of the harness without the portal: {@link PortalProcess} starts a stand-in jar
 * ({@link FakePortal}) exactly as it starts the real one, with a fresh PostgreSQL database that is gone afterwards,
 * and fails with the log tail when the process dies or never becomes healthy.
 */
class PortalHarnessIT {

    @Test
    void startsTheJarWithItsOwnDatabaseAndCleansUp() throws Exception {
        Path jar = fakeJar(FakePortal.class);
        String database;
        try (PortalProcess portal = PortalProcess.start(jar, "harness-check", Duration.ofSeconds(60))) {
            database = portal.databaseName();
            assertThat(database).startsWith("lepton_e2e_harness_check_");
            assertThat(PortalDatabase.exists(database))
                    .as("database exists while the portal runs")
                    .isTrue();
            assertThat(portal.isAlive()).isTrue();

            String report = get(portal.url("/"));
            assertThat(report)
                    .contains("--server.port=" + URI.create(portal.baseUrl()).getPort())
                    .contains("--lepton.data-directory=" + portal.dataDirectory())
                    .contains("--spring.profiles.active=postgres")
                    .contains(
                            "-Xmx1g",
                            "--enable-native-access=ALL-UNNAMED",
                            "--sun-misc-unsafe-memory-access=allow",
                            "-Dai.djl.offline=true")
                    .contains("LEPTON_DB_URL=" + PortalDatabase.withDatabase(E2eSettings.postgresAdminUrl(), database))
                    .contains("LEPTON_DB_USER=" + E2eSettings.postgresUser())
                    .contains("LEPTON_DB_PASSWORD=[" + E2eSettings.postgresPassword() + "]");
            assertThat(portal.dataDirectory()).isDirectory();
            assertThat(portal.logTail()).contains("FakePortal started on port");
            assertThat(portal.logFile()).isEqualTo(E2eSettings.outputDir().resolve("portal.log"));
            portal.close();
            assertThat(portal.isAlive()).isFalse();
        }
        assertThat(PortalDatabase.exists(database))
                .as("database dropped after the run")
                .isFalse();
    }

    @Test
    void reportsAPortalThatDiesWithItsLogTail() throws Exception {
        Path jar = fakeJar(FakePortal.Crashing.class);
        assertThatThrownBy(() -> PortalProcess.start(jar, "harness-crash", Duration.ofSeconds(60)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining("APPLICATION FAILED TO START: boom (fake)");
        assertThat(leftoverDatabases("harness_crash")).isFalse();
    }

    @Test
    void reportsAPortalThatNeverBecomesHealthy() throws Exception {
        Path jar = fakeJar(FakePortal.NeverHealthy.class);
        long start = System.nanoTime();
        assertThatThrownBy(() -> PortalProcess.start(jar, "harness-hang", Duration.ofSeconds(4)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not healthy within 4 s")
                .hasMessageContaining("never healthy, port");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(40));
        assertThat(leftoverDatabases("harness_hang")).isFalse();
    }

    @Test
    void namesAMissingJarClearly() {
        assertThatThrownBy(() -> PortalProcess.start(Path.of("/nonexistent/lepton.jar"), "x", Duration.ofSeconds(1)))
                .hasMessageContaining("Portal jar not found: /nonexistent/lepton.jar");
    }

    @Test
    void swapsTheDatabaseInAJdbcUrl() {
        assertThat(PortalDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "x"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
        assertThat(PortalDatabase.withDatabase("jdbc:postgresql://db:6543/postgres?sslmode=disable", "x"))
                .isEqualTo("jdbc:postgresql://db:6543/x?sslmode=disable");
    }

    private static boolean leftoverDatabases(String label) throws Exception {
        try (var c = DriverManager.getConnection(
                        E2eSettings.postgresAdminUrl(), E2eSettings.postgresUser(), E2eSettings.postgresPassword());
                var ps = c.prepareStatement("SELECT count(*) FROM pg_database WHERE datname LIKE ?")) {
            ps.setString(1, "lepton_e2e_" + label + "_%");
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** A runnable jar holding FakePortal and its nested classes, with the given main class. */
    private static Path fakeJar(Class<?> mainClass) throws IOException {
        Path dir = E2eSettings.outputDir().resolve("fake-portal");
        Files.createDirectories(dir);
        Path jar = dir.resolve(mainClass.getSimpleName() + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        Path classes = Path.of(FakePortal.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
        String packagePath = FakePortal.class.getPackageName().replace('.', '/');
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jos = new JarOutputStream(out, manifest);
                var files = Files.list(classes.resolve(packagePath))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("FakePortal"))
                    .toList()) {
                jos.putNextEntry(new JarEntry(packagePath + "/" + file.getFileName()));
                Files.copy(file, jos);
                jos.closeEntry();
            }
        }
        return jar;
    }
}
