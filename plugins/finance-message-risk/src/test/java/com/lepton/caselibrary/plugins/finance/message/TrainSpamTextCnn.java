package com.lepton.caselibrary.plugins.finance.message;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Dev runner: trains the model as the host's {@code train --case finance-message-risk} command
 * does, and writes the SavedModel, {@code vocab.txt} and {@code model-card.json} into the
 * plugin's resources. For when the app jar cannot be built; the host's command is preferred.
 *
 * <pre>
 * ./mvnw -B -f plugins/finance-message-risk/pom.xml test-compile exec:exec@train [-Dtf.native.dir=...] [-Depochs=8] [-Dseed=42]
 * </pre>
 * Arguments: the corpus' data directory and the output directory. The native library comes from
 * {@code TENSORFLOW_LIBRARY_PATH} (set by the pom), and {@code ai.djl.offline=true}.
 */
public final class TrainSpamTextCnn {

    private TrainSpamTextCnn() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : MessageRiskTrainer.NPM_DATA.toString());
        Path output = Path.of(args.length > 1 ? args[1] : "src/main/resources/" + MessageRiskCase.MODEL_PATH);
        long seed = Long.getLong("seed", 42);
        int epochs = Integer.getInteger("epochs", 0);

        ModelCard card = new MessageRiskTrainer().train(new TrainingContext(data, output, seed, epochs, System.out));
        Files.writeString(output.resolve("model-card.json"), ModelCardJson.write(card), StandardCharsets.UTF_8);

        System.out.printf(
                "model card: %s%nSavedModel size: %d bytes%n", output.resolve("model-card.json"), size(output));
    }

    /** Bytes of the SavedModel files (saved_model.pb and variables/), without the model card and vocabulary. */
    static long size(Path savedModel) throws IOException {
        try (Stream<Path> files = Files.walk(savedModel)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("model-card.json"))
                    .filter(f -> !f.getFileName().toString().equals(MessageRiskCase.VOCABULARY_FILE))
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }
}
