package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.testkit.ShippedModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped SavedModel, loaded through DJL with the adapter as the portal does, gives the card's test accuracy. */
class ShippedModelTest {

    @Test
    void reachesTheCardsTestAccuracy() throws Exception {
        PenguinTable test = SpeciesTrainer.Splits.of(PenguinTableTest.shipped()).test();
        List<DemoInput> inputs = new ArrayList<>();
        for (int i = 0; i < test.count(); i++) {
            double[] values = new double[PenguinTable.FEATURES];
            for (int f = 0; f < values.length; f++) {
                values[f] = test.features()[i * PenguinTable.FEATURES + f];
            }
            inputs.add(new DemoInput.Series(values));
        }
        try (ShippedModel model = ShippedModel.open(new SpeciesCase())) {
            ModelCard card = model.card();
            List<DemoResult> results = model.runAll(inputs);
            int correct = 0;
            for (int i = 0; i < test.count(); i++) {
                DemoResult.Classification result = (DemoResult.Classification) results.get(i);
                correct += result.top().key().equals(Species.values()[test.labels()[i]].key()) ? 1 : 0;
            }
            double accuracy = (double) correct / test.count();
            double cardAccuracy = card.metrics().get("accuracy");
            System.out.println(ShippedModel.describe("shipped model on the " + test.count() + " test penguins: accuracy",
                    accuracy, cardAccuracy));
            // The same graph on the same penguins: at most one penguin may differ through float rounding.
            assertThat(accuracy).isCloseTo(cardAccuracy, within(1.0 / test.count() + 1e-9));
            assertThat(card.modelVersion()).isEqualTo(SpeciesCase.MODEL_VERSION);
        }
    }
}
