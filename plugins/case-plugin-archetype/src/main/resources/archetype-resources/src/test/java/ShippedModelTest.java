package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.ZooModel;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.testing.HostLikeModel;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped SavedModel, loaded through DJL with the adapter as the portal does, gives the card's test accuracy. */
class ShippedModelTest {

    private static final Path MODEL = Path.of("target/classes").resolve(SpeciesCase.MODEL_PATH);

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    @Test
    void reachesTheCardsTestAccuracy() throws Exception {
        JsonObject card = JsonParser.parseString(Files.readString(MODEL.resolve("model-card.json"))).getAsJsonObject();
        double cardAccuracy = card.getAsJsonObject("metrics").get("accuracy").getAsDouble();
        PenguinTable test = SpeciesTrainer.Splits.of(PenguinTableTest.shipped()).test();
        int correct = 0;
        try (ZooModel<DemoInput, DemoResult> model = HostLikeModel.criteria(MODEL, new MeasurementsAdapter()).loadModel();
             Predictor<DemoInput, DemoResult> predictor = model.newPredictor()) {
            for (int i = 0; i < test.count(); i++) {
                double[] values = new double[PenguinTable.FEATURES];
                for (int f = 0; f < values.length; f++) {
                    values[f] = test.features()[i * PenguinTable.FEATURES + f];
                }
                DemoResult.Classification result = (DemoResult.Classification) predictor.predict(new DemoInput.Series(values));
                correct += result.top().key().equals(Species.values()[test.labels()[i]].key()) ? 1 : 0;
            }
        }
        double accuracy = (double) correct / test.count();
        System.out.printf("shipped model on the %d test penguins: accuracy %.4f (card %.4f)%n", test.count(), accuracy, cardAccuracy);
        // The same graph on the same penguins: at most one penguin may differ through float rounding.
        assertThat(accuracy).isCloseTo(cardAccuracy, org.assertj.core.data.Offset.offset(1.0 / test.count() + 1e-9));
        assertThat(card.get("modelVersion").getAsString()).isEqualTo(SpeciesCase.MODEL_VERSION);
    }
}
