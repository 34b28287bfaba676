package com.lepton.caselibrary.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Optional;

/**
 * Every knob of the browser journeys, in one place. Each value is read from a system property first,
 * then from an environment variable, then falls back to the default that fits the dev and CI machines.
 */
public final class E2eSettings {

    private E2eSettings() {}

    /** The packaged portal; the pom passes {@code -Dportal.jar=.../app/target/lepton-case-library.jar}. */
    public static Path portalJar() {
        return Paths.get(value("portal.jar", "PORTAL_JAR", "../app/target/lepton-case-library.jar"))
                .toAbsolutePath()
                .normalize();
    }

    /** Where portal.log, screenshots/, traces/, failures/ and the portal's data folders go. */
    public static Path outputDir() {
        return Paths.get(value("e2e.output.dir", "E2E_OUTPUT_DIR", "target/e2e"))
                .toAbsolutePath()
                .normalize();
    }

    /**
     * A portal that is already running (e.g. {@code http://127.0.0.1:8080}): the journeys then use it and start
     * nothing. Handy while writing views; CI leaves it unset.
     */
    public static Optional<String> externalBaseUrl() {
        return optional("e2e.base.url", "E2E_BASE_URL").map(url -> url.replaceAll("/+$", ""));
    }

    /** How long a portal may take from start to a healthy actuator (first start unpacks TensorFlow natives). */
    public static Duration portalStartTimeout() {
        return Duration.ofSeconds(
                Long.parseLong(value("e2e.start.timeout.seconds", "E2E_START_TIMEOUT_SECONDS", "300")));
    }

    /** JDBC URL of the maintenance database through which each run creates and drops its own database. */
    public static String postgresAdminUrl() {
        return value("E2E_PG_URL", "E2E_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    public static String postgresUser() {
        return value("E2E_PG_USER", "E2E_PG_USER", "postgres");
    }

    /** Empty by default: the dev and CI machines use trust auth on 127.0.0.1. PGPASSWORD is honoured as well. */
    public static String postgresPassword() {
        return optional("E2E_PG_PASSWORD", "E2E_PG_PASSWORD")
                .or(() -> Optional.ofNullable(System.getenv("PGPASSWORD")))
                .orElse("");
    }

    /** Keep the run's database after the run (for looking at what a journey left behind). */
    public static boolean keepDatabase() {
        return Boolean.parseBoolean(value("e2e.keep.database", "E2E_KEEP_DATABASE", "false"));
    }

    /** Debian's Chromium ({@code apt-get install -y chromium}); Playwright downloads no browser here. */
    public static Path chromiumPath() {
        return Paths.get(value("chromium.path", "CHROMIUM_PATH", "/usr/bin/chromium"));
    }

    /** The JVM that runs the portal: $JAVA_HOME/bin/java, else the JVM running the tests. */
    public static Path javaExecutable() {
        return javaHome().resolve("bin").resolve("java");
    }

    public static Path javaHome() {
        return Paths.get(Optional.ofNullable(System.getenv("JAVA_HOME"))
                .filter(s -> !s.isBlank())
                .orElse(System.getProperty("java.home")));
    }

    /**
     * The fast-start launcher the app's package step writes beside the fat jar ({@code lepton/lepton}: the extracted
     * jar with its AOT cache, README's run command), when it is there and newer than the fat jar (not left from an
     * older build) and {@code portal.fast-start} / {@code PORTAL_FAST_START} is not {@code false}.
     */
    public static Optional<Path> fastStartLauncher(Path fatJar) {
        if (!Boolean.parseBoolean(value("portal.fast-start", "PORTAL_FAST_START", "true"))) {
            return Optional.empty();
        }
        Path launcher = fatJar.resolveSibling("lepton").resolve("lepton");
        Path extracted = launcher.resolveSibling("lepton-case-library.jar");
        try {
            boolean fresh = Files.isExecutable(launcher)
                    && Files.isRegularFile(extracted)
                    && Files.getLastModifiedTime(extracted).compareTo(Files.getLastModifiedTime(fatJar)) >= 0;
            return fresh ? Optional.of(launcher) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String value(String property, String env, String fallback) {
        return optional(property, env).orElse(fallback);
    }

    static Optional<String> optional(String property, String env) {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.trim());
        }
        String fromEnv = System.getenv(env);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.trim());
        }
        return Optional.empty();
    }
}
