package com.lepton.caselibrary.inference;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import com.lepton.caselibrary.api.DemoInput;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A model unloaded while a worker is still inside a forward pass (a warm-up that outlived its wait on a busy
 * machine) must not be freed under it: native code ignores interrupts, and TensorFlow crashed the whole JVM when its
 * session went away mid-run. The last worker to leave frees it.
 */
class ServedModelUnloadTest {

    private static final Path SAVED_MODEL =
            Path.of("../plugins/manufacturing-sorting/src/main/resources/model/fashion-cnn");

    @Test
    void aModelUnloadedDuringAForwardPassIsFreedOnlyWhenThePassEnds() throws Exception {
        Engine.getEngine("TensorFlow");
        ZooModel<NDList, NDList> model = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(SAVED_MODEL)
                .optEngine("TensorFlow")
                .build()
                .loadModel();
        CountDownLatch release = new CountDownLatch(1);
        ModelSignature declared = Signatures.declared(model);
        AdapterTranslator translator = new AdapterTranslator(
                new GrayTestAdapter(release),
                declared.outputs().stream().map(ModelSignature.Tensor::name).toList());
        InferenceProperties.BatchSettings settings =
                new InferenceProperties.BatchSettings(1, 1, Duration.ZERO, 8, Duration.ofMillis(200));
        ServedModel served = new ServedModel(
                "busy", "1", SAVED_MODEL, declared, model, translator, settings, new SimpleMeterRegistry());
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            client.submit(() -> served.warmUp(new ModelInput.Demo(new DemoInput.Image(image), false)));
            while (served.busyWorkers() == 0) {
                Thread.sleep(10);
            }

            served.close(); // gives up waiting for the stuck worker after the request timeout and a second

            assertThat(served.liveWorkers())
                    .as("the worker is still inside its pass")
                    .isEqualTo(1);
            assertThat(served.isFreed())
                    .as("nothing is freed under a running pass")
                    .isFalse();
            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (served.liveWorkers() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(served.liveWorkers()).isZero();
            assertThat(served.isFreed()).as("the last worker freed the model").isTrue();
        } finally {
            release.countDown();
            client.shutdownNow();
        }
    }
}
