package com.lepton.caselibrary.api.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For plugin tests that need libtensorflow: the folder named by {@code -Dtf.native.dir} (the plugins'
 * build unpacks it there), else the one the app build unpacks ({@code app/target/classes/native/lib}).
 * Tests are skipped only where neither holds the library.
 */
public final class TensorFlowNative {

    private TensorFlowNative() {}

    public static Path folder() {
        String configured = System.getProperty("tf.native.dir", "");
        if (!configured.isEmpty() && Files.isRegularFile(Path.of(configured, "libjnitensorflow.so"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of("../../app/target/classes/native/lib").toAbsolutePath().normalize();
    }

    /** Skips the calling test class unless the library is there; otherwise loads the engine offline. */
    public static void load() {
        Path folder = folder();
        assumeTrue(
                Files.isRegularFile(folder.resolve("libjnitensorflow.so")),
                "TensorFlow native library not unpacked in " + folder + "; build the app module first");
        // DJL reads this as an environment variable (set by the pom) or a system property; offline it cannot download.
        if (System.getenv("TENSORFLOW_LIBRARY_PATH") == null
                || !Files.isDirectory(Path.of(System.getenv("TENSORFLOW_LIBRARY_PATH")))) {
            System.setProperty("TENSORFLOW_LIBRARY_PATH", folder.toString());
        }
        System.setProperty("ai.djl.offline", "true");
        Engine.getEngine("TensorFlow");
    }
}
