package com.lepton.caselibrary.training;

import ai.djl.engine.Engine;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.benchmark.Options;
import com.lepton.caselibrary.pluginhost.StandalonePlugin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar lepton-case-library.jar train --case ID [--plugin-jar JAR] [--out DIR] [--epochs N] [--seed S]}:
 * loads the case's plugin, lets its trainer train on the installed data set, and writes the
 * SavedModel plus {@code model-card.json}. Run from the repository root, it finds the plugin
 * built in {@code plugins/ID/target} and writes into that plugin's sources, ready to commit.
 */
public final class TrainCommand {

    public static final String NAME = "train";
    private static final long DEFAULT_SEED = 42;

    private TrainCommand() {}

    public static int run(String[] args) {
        PrintStream out = System.out;
        Map<String, String> options = Options.parse(args);
        String caseId = options.get("case");
        if (caseId == null) {
            out.println("usage: train --case ID [--plugin-jar JAR] [--out DIR] [--epochs N] [--seed S]");
            return 2;
        }
        System.setProperty("ai.djl.offline", "true");
        try {
            // Load the TensorFlow native library before any TF Java class is touched by the trainer.
            Engine.getEngine("TensorFlow");
            StandalonePlugin loaded = StandalonePlugin.load(
                    caseId, Optional.ofNullable(options.get("plugin-jar")).map(Path::of));
            CaseStudyPlugin plugin = loaded.plugin();
            ModelTrainer trainer = plugin.trainer()
                    .orElseThrow(() -> new IllegalArgumentException("case " + caseId + " has no trainer"));
            Path data = trainer.dataDirectories().stream()
                    .filter(Files::isDirectory)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "data set not installed; looked in " + trainer.dataDirectories()));
            Path output = options.containsKey("out") ? Path.of(options.get("out")) : defaultOutput(caseId, plugin);
            Files.createDirectories(output);
            long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(DEFAULT_SEED)));
            int epochs = Integer.parseInt(options.getOrDefault("epochs", "0"));
            out.printf("Training %s on %s, seed %d, into %s%n", caseId, data, seed, output);
            ModelCard card = trainer.train(new TrainingContext(data, output, seed, epochs, out));
            writeCard(card, output.resolve("model-card.json"));
            out.printf("Done: %s, metrics %s, %.1f s%n", card.modelName(), card.metrics(), card.trainingSeconds());
            loaded.close();
            return 0;
        } catch (Exception e) {
            System.err.println("Training failed: " + e);
            e.printStackTrace(System.err);
            return 1;
        }
    }

    static void writeCard(ModelCard card, Path file) throws IOException {
        // Optional sections a model does not have (a classifier's testForecast) are left out, not written as null.
        JsonMapper json = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        Files.writeString(file, json.writeValueAsString(card) + System.lineSeparator());
    }

    private static Path defaultOutput(String caseId, CaseStudyPlugin plugin) {
        Path sources = Path.of("plugins", caseId, "src", "main", "resources");
        String savedModel = plugin.model().savedModelPath();
        return Files.isDirectory(sources)
                ? sources.resolve(savedModel)
                : Path.of("data", "trained", caseId, savedModel);
    }
}
