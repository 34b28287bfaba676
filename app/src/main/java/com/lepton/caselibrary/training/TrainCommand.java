package com.lepton.caselibrary.training;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelTrainer;
import com.lepton.caselibrary.api.PluginApi;
import com.lepton.caselibrary.api.TrainingContext;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;
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

    private TrainCommand() {
    }

    public static int run(String[] args) {
        PrintStream out = System.out;
        Map<String, String> options = parse(args);
        String caseId = options.get("case");
        if (caseId == null) {
            out.println("usage: train --case ID [--plugin-jar JAR] [--out DIR] [--epochs N] [--seed S]");
            return 2;
        }
        System.setProperty("ai.djl.offline", "true");
        try {
            Path jar = options.containsKey("plugin-jar") ? Path.of(options.get("plugin-jar")) : findPluginJar(caseId)
                    .orElseThrow(() -> new IllegalArgumentException("no plugin jar for " + caseId + " in plugins/" + caseId + "/target or data/plugins; build it or pass --plugin-jar"));
            // Load the TensorFlow native library before any TF Java class is touched by the trainer.
            Engine.getEngine("TensorFlow");
            PluginManager manager = new JarPluginManager(jar.toAbsolutePath().getParent());
            manager.setSystemVersion(PluginApi.VERSION);
            String pluginId = manager.loadPlugin(jar.toAbsolutePath());
            manager.startPlugin(pluginId);
            CaseStudyPlugin plugin = manager.getExtensions(CaseStudyPlugin.class, pluginId).stream()
                    .filter(candidate -> candidate.descriptor().id().equals(caseId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("plugin " + pluginId + " has no case " + caseId));
            ModelTrainer trainer = plugin.trainer().orElseThrow(() -> new IllegalArgumentException("case " + caseId + " has no trainer"));
            Path data = trainer.dataDirectories().stream().filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("data set not installed; looked in " + trainer.dataDirectories()));
            Path output = options.containsKey("out") ? Path.of(options.get("out")) : defaultOutput(caseId, plugin);
            Files.createDirectories(output);
            long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(DEFAULT_SEED)));
            int epochs = Integer.parseInt(options.getOrDefault("epochs", "0"));
            out.printf("Training %s on %s, seed %d, into %s%n", caseId, data, seed, output);
            ModelCard card = trainer.train(new TrainingContext(data, output, seed, epochs, out));
            writeCard(card, output.resolve("model-card.json"));
            out.printf("Done: %s, metrics %s, %.1f s%n", card.modelName(), card.metrics(), card.trainingSeconds());
            manager.stopPlugins();
            return 0;
        } catch (Exception e) {
            System.err.println("Training failed: " + e);
            e.printStackTrace(System.err);
            return 1;
        }
    }

    static void writeCard(ModelCard card, Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(file, json.writeValueAsString(card) + System.lineSeparator());
    }

    private static Optional<Path> findPluginJar(String caseId) throws IOException {
        for (Path folder : List.of(Path.of("plugins", caseId, "target"), Path.of("data", "plugins"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                Optional<Path> jar = files.filter(file -> file.getFileName().toString().startsWith(caseId) && file.toString().endsWith(".jar")).findFirst();
                if (jar.isPresent()) {
                    return jar;
                }
            }
        }
        return Optional.empty();
    }

    private static Path defaultOutput(String caseId, CaseStudyPlugin plugin) {
        Path sources = Path.of("plugins", caseId, "src", "main", "resources");
        String savedModel = plugin.model().savedModelPath();
        return Files.isDirectory(sources) ? sources.resolve(savedModel) : Path.of("data", "trained", caseId, savedModel);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[i + 1]);
            }
        }
        return options;
    }
}
