package com.lepton.caselibrary.plugins.finance;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import com.lepton.caselibrary.trainingkit.VegaDatasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Dev runner: trains the model as the host's {@code train --case finance-market-risk} command does,
 * and writes the SavedModel, {@code preprocessing.properties} and {@code model-card.json} into the
 * plugin's resources. Use it when the portal jar is not at hand.
 *
 * <pre>
 * ./mvnw -B -f plugins/finance-market-risk/pom.xml test-compile exec:exec@train [-Dtf.native.dir=...] [-Depochs=40] [-Dseed=42]
 * </pre>
 * Arguments: the data directory and the output directory. The native library comes from
 * {@code TENSORFLOW_LIBRARY_PATH} (set by the pom), and {@code ai.djl.offline=true}.
 */
public final class TrainVolatilityLstm {

    private TrainVolatilityLstm() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : VegaDatasets.PROJECT_DATA.toString());
        Path output = Path.of(args.length > 1 ? args[1] : "src/main/resources/" + MarketRiskCase.MODEL_PATH);
        long seed = Long.getLong("seed", 42);
        int epochs = Integer.getInteger("epochs", 0);

        ModelCard card =
                new Sp500VolatilityTrainer().train(new TrainingContext(data, output, seed, epochs, System.out));
        Files.writeString(output.resolve("model-card.json"), ModelCardJson.write(card), StandardCharsets.UTF_8);

        System.out.printf(
                "model card: %s%nSavedModel size: %d bytes%n", output.resolve("model-card.json"), size(output));
    }

    /** Bytes of the SavedModel files (saved_model.pb and variables/), without the model card and scaling file. */
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
