package com.lepton.caselibrary.plugins.finance.digits;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.trainingkit.Evaluation;
import com.lepton.caselibrary.trainingkit.SeedCnn;
import com.lepton.caselibrary.trainingkit.SeedCnnTraining;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped SavedModel through DJL: it reaches its card's accuracy on the committed held-out
 * digits (200 test digits, 20 per class), and reads a digit drawn like on the canvas.
 */
class ShippedModelTest {

    private static final Path MODEL = Path.of("target/classes/model/digits-cnn");

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    @Test
    void theCardDescribesTheShippedModel() throws Exception {
        JsonObject card = JsonParser.parseString(Files.readString(MODEL.resolve("model-card.json")))
                .getAsJsonObject();
        assertThat(card.get("modelName").getAsString()).isEqualTo(ChequeDigitsCase.MODEL_NAME);
        assertThat(card.get("parameterCount").getAsLong()).isEqualTo(SeedCnn.parameterCount());
        assertThat(card.getAsJsonObject("metrics").get("accuracy").getAsDouble())
                .isGreaterThan(0.95);
        assertThat(card.getAsJsonObject("baselines").size()).isPositive();
    }

    /**
     * On 200 digits the accuracy's standard error is about sqrt(0.98 * 0.02 / 200) = 0.01; the
     * tolerance of 0.04 (four standard errors) keeps a fair sample from failing by chance while a
     * model that lost several points fails.
     */
    @Test
    void reachesTheCardsAccuracyOnTheCommittedHeldOutDigits() throws Exception {
        double cardAccuracy = JsonParser.parseString(Files.readString(MODEL.resolve("model-card.json")))
                .getAsJsonObject()
                .getAsJsonObject("metrics")
                .get("accuracy")
                .getAsDouble();
        DigitSet sample = DigitSetTest.heldOut();
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(MODEL)
                .optEngine("TensorFlow")
                .build();
        Evaluation evaluation;
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            evaluation = SeedCnnTraining.evaluate(
                    (images, count) -> {
                        try (NDManager batch = manager.newSubManager()) {
                            NDArray input = batch.create(
                                    images, new Shape(count, DigitImageAdapter.SIZE, DigitImageAdapter.SIZE, 1));
                            return Arrays.copyOf(
                                    predictor.predict(new NDList(input)).get(0).toFloatArray(), count * Digits.COUNT);
                        } catch (TranslateException e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    sample);
        }
        System.out.printf(
                "shipped digits-cnn on the 200 committed held-out digits: accuracy %.4f (card %.4f)%n",
                evaluation.accuracy(), cardAccuracy);
        assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(cardAccuracy - 0.04);
    }

    @Test
    void readsASevenDrawnOnTheCanvasThroughTheAdapter() throws Exception {
        BufferedImage drawing = DigitImageAdapterTest.seven(Color.WHITE, new Color(17, 17, 17), 280, 70, 60);
        DigitImageAdapter adapter = new DigitImageAdapter();
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(MODEL)
                .optEngine("TensorFlow")
                .build();
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            NDArray example = adapter.toTensors(manager, new DemoInput.Image(drawing))
                    .get(0)
                    .expandDims(0);
            NDList output = predictor.predict(new NDList(example));
            DemoResult.Classification result = (DemoResult.Classification)
                    adapter.toResult(new NDList(output.get(0).get(0)));
            assertThat(result.top().key()).isEqualTo("7");
        }
    }
}
