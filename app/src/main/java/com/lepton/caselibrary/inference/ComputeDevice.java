package com.lepton.caselibrary.inference;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where inference runs, decided once and said once in the log with the reason: the CPU build carries only
 * TensorFlow's CPU library, so it never looks for a GPU worth mentioning; the {@code gpu} build uses the GPU when
 * CUDA finds one. (DJL itself warns "Failed to detect GPU count" on every model load of a CPU machine; the
 * portal's logging settings silence that logger.)
 */
final class ComputeDevice {

    private static final Logger log = LoggerFactory.getLogger(ComputeDevice.class);
    private static final String NATIVE_PROPERTIES = "native/lib/tensorflow.properties";

    private ComputeDevice() {}

    static Device choose(String engine) {
        Device device = Engine.getEngine(engine).defaultDevice();
        if (device.isGpu()) {
            log.info("Inference runs on the GPU {} (TensorFlow library {})", device, nativeClassifier());
        } else {
            log.info("Inference runs on the CPU: {}", whyCpu(nativeClassifier()));
        }
        return device;
    }

    static String whyCpu(String classifier) {
        if (classifier.startsWith("cpu")) {
            return "this build carries TensorFlow's CPU library (" + classifier
                    + "); the gpu profile (./mvnw -Pgpu package) builds the CUDA one";
        }
        return "TensorFlow's " + classifier + " library found no usable CUDA GPU (no NVIDIA driver, or too old)";
    }

    /** The classifier of the TensorFlow library in the jar, e.g. {@code cpu-linux-x86_64}. */
    static String nativeClassifier() {
        Properties properties = new Properties();
        try (InputStream in = ComputeDevice.class.getClassLoader().getResourceAsStream(NATIVE_PROPERTIES)) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("classifier", "unknown");
    }
}
