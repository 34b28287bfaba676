package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.testkit.ShippedModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MeasurementsAdapterTest {

    private final MeasurementsAdapter adapter = new MeasurementsAdapter();

    @BeforeAll
    static void loadTensorFlow() {
        ShippedModel.startTensorFlow();
    }

    @Test
    void turnsFourMeasurementsIntoOneExample() throws Exception {
        try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            NDArray example = adapter.toTensors(manager, new DemoInput.Series(new double[] {39.1, 18.7, 181, 3750})).singletonOrThrow();
            assertThat(example.getShape().getShape()).containsExactly(4);
            assertThat(example.toFloatArray()).containsExactly(39.1f, 18.7f, 181f, 3750f);
        }
    }

    @Test
    void refusesTheWrongNumberOfValuesAndImplausibleOnes() {
        try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            assertThatThrownBy(() -> adapter.toTensors(manager, new DemoInput.Series(new double[] {39.1, 18.7, 181})))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("four measurements");
            // Body mass in kilograms instead of grams.
            assertThatThrownBy(() -> adapter.toTensors(manager, new DemoInput.Series(new double[] {39.1, 18.7, 181, 3.75})))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("Body Mass");
            assertThatThrownBy(() -> adapter.toTensors(manager, new DemoInput.Text("a penguin")))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void readsTheProbabilitiesInTheSpeciesOrder() {
        try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            DemoResult.Classification result = (DemoResult.Classification) adapter.toResult(
                    new NDList(manager.create(new float[] {0.1f, 0.2f, 0.7f})));
            assertThat(result.top().key()).isEqualTo("gentoo");
            assertThat(result.scores()).extracting(score -> score.key()).containsExactly("adelie", "chinstrap", "gentoo");
        }
    }
}
