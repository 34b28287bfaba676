package com.lepton.caselibrary.inference;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.solution.Sizing;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The sizing figure comes from what the pool measured on the real CNN, not from a number written anywhere. */
class ModelThroughputTest {

    private static final Path SAVED_MODEL =
            Path.of("../plugins/manufacturing-sorting/src/main/resources/model/fashion-cnn");
    private static final Path SAMPLE = Path.of("../plugins/manufacturing-sorting/src/main/resources/samples");

    @Test
    void sizingIsDerivedFromThePoolsMeasuredThroughput() throws Exception {
        InferenceProperties.BatchSettings settings =
                new InferenceProperties.BatchSettings(2, 32, Duration.ofMillis(2), 1024, Duration.ofSeconds(30));
        InferencePool pool = InferencePool.standalone(new InferenceProperties(Path.of("."), settings, Map.of(), false));
        try {
            BufferedImage image;
            try (var files = Files.list(SAMPLE)) {
                image = ImageIO.read(files.filter(f -> f.toString().endsWith(".png"))
                        .findFirst()
                        .orElseThrow()
                        .toFile());
            }
            DemoInput input = new DemoInput.Image(image);
            pool.register("cnn", "1", SAVED_MODEL, new GrayTestAdapter(), input, settings);

            ModelThroughput warm = pool.throughput("cnn").orElseThrow();
            assertThat(warm.requests()).as("the warm-up is not counted").isZero();
            Sizing before = Sizing.estimate(100, 0.6, 4, List.of(new Sizing.Measured("cnn", warm)));
            assertThat(before.models().getFirst().measured()).isFalse();
            assertThat(before.totalCores()).isZero();

            List<DemoInput> batch = Collections.nCopies(32, input);
            for (int i = 0; i < 8; i++) {
                pool.predictAll("cnn", Requester.of("sizing-test"), batch);
            }
            ModelThroughput measured = pool.throughput("cnn").orElseThrow();
            assertThat(measured.requests()).isEqualTo(256);
            assertThat(measured.computeNanos()).isPositive();
            double perCore = 256 / (measured.computeNanos() / 1e9) / measured.threadsPerPass();
            assertThat(measured.requestsPerSecondPerCore()).hasValueCloseTo(perCore, Offset.offset(1e-6));
            assertThat(perCore)
                    .as("the seed CNN answers far more than 10 requests/s per core")
                    .isGreaterThan(10);

            Sizing after = Sizing.estimate(100, 0.6, 4, List.of(new Sizing.Measured("cnn", measured)));
            assertThat(after.models().getFirst().cores()).isEqualTo((int) Math.ceil(100 / (perCore * 0.6)));
            assertThat(after.replicas()).isGreaterThanOrEqualTo(2);
            Sizing tenTimes = Sizing.estimate(1000, 0.6, 4, List.of(new Sizing.Measured("cnn", measured)));
            assertThat(tenTimes.totalCores()).isEqualTo((int) Math.ceil(1000 / (perCore * 0.6)));
        } finally {
            pool.destroy();
        }
    }
}
