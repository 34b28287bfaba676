package com.lepton.caselibrary.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The conformance checks as JUnit 5 tests, one per check. A plugin project adds one class to its
 * tests, run by failsafe after {@code package} (the name must end in {@code IT}):
 *
 * <pre>{@code
 * class PluginConformanceIT extends PluginConformanceKit {
 * }
 * }</pre>
 *
 * <p>The jar checked is {@code -Dlepton.plugin.jar} (the plugins' parent POM sets it to the
 * project's packaged jar) or else the one plugin jar in {@code target/}. Override
 * {@link #pluginJar()} to check another.
 */
public abstract class PluginConformanceKit {

    /** The system property naming the packaged plugin jar. */
    public static final String JAR_PROPERTY = "lepton.plugin.jar";

    /** The packaged plugin jar to check. */
    protected Path pluginJar() {
        String configured = System.getProperty(JAR_PROPERTY, "");
        if (!configured.isBlank()) {
            Path jar = Path.of(configured);
            if (!Files.isRegularFile(jar)) {
                throw new AssertionFailedError(
                        jar + " (-D" + JAR_PROPERTY + ") does not exist: the kit checks the packaged jar,"
                                + " so run it with failsafe in the integration-test phase (mvn verify), after package");
            }
            return jar;
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.endsWith(".jar")
                                && !name.endsWith("-tests.jar")
                                && !name.endsWith("-sources.jar")
                                && !name.endsWith("-javadoc.jar")
                                && !name.startsWith("original-");
                    })
                    .toList();
            if (jars.size() != 1) {
                throw new AssertionFailedError("expected exactly one packaged plugin jar in target/, found " + jars
                        + "; run the kit in the integration-test phase (mvn verify) or set -D" + JAR_PROPERTY);
            }
            return jars.getFirst();
        } catch (IOException e) {
            throw new AssertionFailedError(
                    "no target/ folder with the packaged plugin jar: run mvn verify (" + e.getMessage() + ")");
        }
    }

    @TestFactory
    Stream<DynamicTest> packagedPluginConforms() {
        ConformanceReport report = PluginConformance.check(pluginJar());
        System.out.println("[plugin-test-kit] " + report);
        return report.checks().stream()
                .map(check -> DynamicTest.dynamicTest(check.name(), () -> {
                    if (!check.passed()) {
                        throw new AssertionFailedError(report.jar().getFileName() + " fails '" + check.name()
                                + "':\n  - " + String.join("\n  - ", check.problems()));
                    }
                }));
    }
}
