package com.lepton.caselibrary.plugins.healthcare;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For the tests that need libtensorflow: the folder the app build unpacks it into
 * ({@code app/target/classes/native/lib}, or {@code -Dtf.native.dir=...}). Tests are skipped only
 * where that folder is absent.
 */
final class TensorFlowNative {

    private TensorFlowNative() {
    }

    static Path folder() {
        String configured = System.getProperty("tf.native.dir", "");
        return (configured.isEmpty() ? Path.of("../../app/target/classes/native/lib") : Path.of(configured)).toAbsolutePath().normalize();
    }

    /** Skips the calling test class unless the library is there; otherwise loads the engine offline. */
    static void load() {
        Path folder = folder();
        assumeTrue(Files.isRegularFile(folder.resolve("libjnitensorflow.so")),
                "TensorFlow native library not unpacked in " + folder + "; build the app module first");
        // DJL reads this as an environment variable (set by the pom) or a system property; offline it cannot download.
        if (System.getenv("TENSORFLOW_LIBRARY_PATH") == null) {
            System.setProperty("TENSORFLOW_LIBRARY_PATH", folder.toString());
        }
        System.setProperty("ai.djl.offline", "true");
        Engine.getEngine("TensorFlow");
    }
}
