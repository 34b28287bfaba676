package com.lepton.caselibrary.plugins.finance.digits;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads TensorFlow's native library for tests, from where the build unpacked it. */
final class TensorFlowForTests {

    private static final Path NATIVE = Path.of(
                    System.getProperty("tf.native.dir", "../../app/target/classes/native/lib"))
            .toAbsolutePath()
            .normalize();

    private TensorFlowForTests() {}

    static void load() {
        assumeTrue(
                Files.isRegularFile(NATIVE.resolve("libjnitensorflow.so")), "TensorFlow native library not unpacked");
        if (System.getenv("TENSORFLOW_LIBRARY_PATH") == null) {
            System.setProperty("TENSORFLOW_LIBRARY_PATH", NATIVE.toString());
        }
        System.setProperty("ai.djl.offline", "true");
        Engine.getEngine("TensorFlow");
    }
}
