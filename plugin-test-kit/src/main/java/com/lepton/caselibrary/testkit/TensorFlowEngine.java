package com.lepton.caselibrary.testkit;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts DJL's TensorFlow engine offline, from the native library the plugins' parent POM
 * unpacks ({@code -Dtf.native.dir}, or the {@code TENSORFLOW_LIBRARY_PATH} environment variable).
 */
final class TensorFlowEngine {

    private TensorFlowEngine() {}

    /** Starts the engine, or says why it cannot. */
    static void start() {
        String configured = System.getProperty("tf.native.dir", "");
        String environment = System.getenv("TENSORFLOW_LIBRARY_PATH");
        boolean fromEnvironment =
                environment != null && Files.isRegularFile(Path.of(environment, "libjnitensorflow.so"));
        if (!fromEnvironment) {
            if (configured.isEmpty() || !Files.isRegularFile(Path.of(configured, "libjnitensorflow.so"))) {
                throw new IllegalStateException(
                        "the TensorFlow native library is not found (looked in -Dtf.native.dir='" + configured
                                + "' and TENSORFLOW_LIBRARY_PATH='" + (environment == null ? "" : environment)
                                + "'); the plugins' parent POM"
                                + " unpacks it from Maven Central's tensorflow-core-native jar and passes both to the tests");
            }
            System.setProperty("TENSORFLOW_LIBRARY_PATH", configured);
        }
        System.setProperty("ai.djl.offline", "true");
        Engine.getEngine("TensorFlow");
    }
}
