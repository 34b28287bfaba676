package com.lepton.caselibrary.plugins.healthcare;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Dev runner: trains the model as the host's {@code train --case healthcare-ecg-diagnosis} command
 * does, and writes the SavedModel and {@code model-card.json} into the plugin's resources. Use it
 * when the portal jar is not at hand.
 *
 * <pre>
 * ./mvnw -B -f plugins/healthcare-ecg-diagnosis/pom.xml test-compile exec:exec@train [-Dtf.native.dir=...] [-Depochs=30] [-Dseed=42]
 * </pre>
 * Argument: the output directory. No data directory: the beats are generated. The native library
 * comes from {@code TENSORFLOW_LIBRARY_PATH} (set by the pom), and {@code ai.djl.offline=true}.
 */
public final class TrainEcgBeatCnn {

    private TrainEcgBeatCnn() {}

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "src/main/resources/" + EcgDiagnosisCase.MODEL_PATH);
        long seed = Long.getLong("seed", 42);
        int epochs = Integer.getInteger("epochs", 0);
        EcgBeatTrainer trainer = new EcgBeatTrainer();
        Path data = trainer.dataDirectories().getFirst();

        ModelCard card = trainer.train(new TrainingContext(data, output, seed, epochs, System.out));
        Files.writeString(output.resolve("model-card.json"), ModelCardJson.write(card), StandardCharsets.UTF_8);

        System.out.printf(
                "model card: %s%nSavedModel size: %d bytes%n", output.resolve("model-card.json"), size(output));
    }

    /** Bytes of the SavedModel files (saved_model.pb and variables/), without the model card. */
    static long size(Path savedModel) throws IOException {
        try (Stream<Path> files = Files.walk(savedModel)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().equals("saved_model.pb")
                            || f.getParent().getFileName().toString().equals("variables"))
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }
}
