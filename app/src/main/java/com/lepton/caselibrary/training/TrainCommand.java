package com.lepton.caselibrary.training;

import ai.djl.engine.Engine;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.cli.CommandSpec;
import com.lepton.caselibrary.cli.Options;
import com.lepton.caselibrary.pluginhost.StandalonePlugin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** What {@code train} expects; {@code train --help} prints it. */
    public static final CommandSpec SPEC = new CommandSpec(
            NAME,
            "Retrains a case's model on its installed data set and writes the SavedModel and model-card.json.",
            List.of(
                    CommandSpec.required("case", "ID", "the case to train, e.g. manufacturing-sorting"),
                    StandalonePlugin.JAR_OPTION,
                    CommandSpec.optional("out", "DIR", "where to write the model", "the plugin's sources"),
                    CommandSpec.optional("epochs", "N", "training epochs (0: the trainer's own number)", "0"),
                    CommandSpec.optional("seed", "S", "random seed", String.valueOf(DEFAULT_SEED))),
            false,
            List.of("Run it from the repository root after ./mvnw -DskipTests package; README lists the data sets."));

    private TrainCommand() {}

    public static int run(String[] args) {
        PrintStream out = System.out;
        Options options = Options.parse(SPEC, args);
        String caseId = options.get("case");
        long seed = options.longValue("seed");
        int epochs = options.nonNegativeInt("epochs");
        System.setProperty("ai.djl.offline", "true");
        try {
            // Load the TensorFlow native library before any TF Java class is touched by the trainer.
            Engine.getEngine("TensorFlow");
            StandalonePlugin loaded = StandalonePlugin.load(caseId, options);
            CaseStudyPlugin plugin = loaded.plugin();
            ModelTrainer trainer = plugin.trainer()
                    .orElseThrow(() -> new IllegalArgumentException("case " + caseId + " has no trainer"));
            Path data = trainer.dataDirectories().stream()
                    .filter(Files::isDirectory)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "data set not installed; looked in " + trainer.dataDirectories()));
            Path output = options.given("out").map(Path::of).orElseGet(() -> defaultOutput(caseId, plugin));
            Files.createDirectories(output);
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
