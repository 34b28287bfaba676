package ${package};

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import com.lepton.caselibrary.testkit.ShippedModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The training entry point: trains the model from {@code data/} with seed 42, writes the SavedModel
 * and {@code model-card.json} into {@code src/main/resources/model/...}, and one held-out penguin
 * per species as the demo samples. Run from the project folder:
 * {@code mvn test-compile exec:exec@train}; rebuild to ship the result.
 */
public final class Train {

    private Train() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "data");
        Path model = Path.of(args.length > 1 ? args[1] : "src/main/resources/" + SpeciesCase.MODEL_PATH);
        Path samples = Path.of(args.length > 2 ? args[2] : "src/main/resources/samples");
        long seed = Long.getLong("seed", 42);
        int epochs = Integer.getInteger("epochs", 0);
        ShippedModel.startTensorFlow();

        ModelCard card = new SpeciesTrainer().train(new TrainingContext(data, model, seed, epochs, System.out));
        Files.writeString(model.resolve("model-card.json"), ModelCardJson.write(card), StandardCharsets.UTF_8);

        // The first test penguin of each species becomes that species' demo sample.
        PenguinTable test = SpeciesTrainer.Splits.of(PenguinTable.load(data)).test();
        Files.createDirectories(samples);
        for (Species species : Species.values()) {
            for (int i = 0; i < test.count(); i++) {
                if (test.labels()[i] == species.ordinal()) {
                    StringBuilder csv = new StringBuilder();
                    for (int f = 0; f < PenguinTable.FEATURES; f++) {
                        csv.append(String.format(Locale.ROOT, "%s%n", test.features()[i * PenguinTable.FEATURES + f]));
                    }
                    Files.writeString(samples.resolve(species.key() + ".csv"), csv.toString(), StandardCharsets.UTF_8);
                    break;
                }
            }
        }
        System.out.println("wrote " + model + " and the samples in " + samples);
    }
}
