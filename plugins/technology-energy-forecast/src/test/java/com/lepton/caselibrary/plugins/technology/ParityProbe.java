package com.lepton.caselibrary.plugins.technology;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

class ParityProbe {
    @Test
    @EnabledIfSystemProperty(named = "parity.out", matches = ".+")
    void train(@TempDir Path output) throws Exception {
        System.setProperty("ai.djl.offline", "true");
        if (System.getenv("TENSORFLOW_LIBRARY_PATH") == null) {
            System.setProperty("TENSORFLOW_LIBRARY_PATH", System.getProperty("tf.native.dir"));
        }
        var trainer = new SeattleWeatherTrainer();
        ModelCard card = trainer.train(new TrainingContext(
                Path.of("/work/main/data/datasets/node_modules/vega-datasets/data"),
                output,
                42,
                Integer.getInteger("parity.epochs", 3),
                new PrintStream(System.out, true, StandardCharsets.UTF_8)));
        Files.writeString(
                Path.of(System.getProperty("parity.out")),
                "metrics " + card.metrics() + "\nbaselines " + card.baselines() + "\ncurve " + card.trainingCurve()
                        + "\nconfusion " + card.confusionMatrix() + "\n");
    }
}
