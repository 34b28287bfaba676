package com.lepton.caselibrary.plugins.healthcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.testkit.ShippedModel;
import com.lepton.caselibrary.trainingkit.Evaluation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped SavedModel through DJL's TensorFlow engine alone (not TF Java), offline, as the host
 * runs it; the shipped samples in one batch are {@link ShippedSamplesTest}.
 */
class SavedModelDjlTest {

    private static final Path MODEL = Path.of("target/classes/" + EcgDiagnosisCase.MODEL_PATH);

    @BeforeAll
    static void loadTensorFlow() {
        ShippedModel.startTensorFlow();
    }

    @Test
    void adapterMakesOneFloat32ExampleWithoutBatchDimension() throws Exception {
        try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            DemoSample sample = new EcgDiagnosisCase().demo().samples().getFirst();
            NDList tensors = new BeatWindowAdapter()
                    .toTensors(manager, new DemoInput.Series(EcgDiagnosisCaseTest.sampleValues(sample)));

            assertThat(tensors).hasSize(1);
            assertThat(tensors.get(0).getShape()).isEqualTo(new Shape(250, 1, 1));
            assertThat(tensors.get(0).getDataType()).isEqualTo(DataType.FLOAT32);
            assertThat(tensors.get(0).mean().getFloat()).isCloseTo(0f, within(1e-5f));
        }
    }

    @Test
    void reproducesTheModelCardsTestAccuracy() throws Exception {
        JsonObject card;
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream(EcgDiagnosisCase.MODEL_PATH + "/model-card.json")) {
            card = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        }
        BeatDataset test = BeatDataset.generate(
                BeatDataset.TEST_SEED, card.get("testExamples").getAsInt());
        int[] truth = new int[test.count()];
        int[] predicted = new int[test.count()];
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(MODEL)
                .optEngine("TensorFlow")
                .build();
        int batchSize = 500;
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor()) {
            float[] batch = new float[batchSize * BeatGenerator.WINDOW];
            for (int from = 0; from < test.count(); from += batchSize) {
                int count = Math.min(batchSize, test.count() - from);
                for (int i = 0; i < count; i++) {
                    test.copy(from + i, batch, i * BeatGenerator.WINDOW);
                }
                try (NDManager manager = model.getNDManager().newSubManager()) {
                    NDArray input = manager.create(
                            Arrays.copyOf(batch, count * BeatGenerator.WINDOW),
                            new Shape(count, BeatGenerator.WINDOW, 1, 1));
                    float[] probabilities = predictor
                            .predict(new NDList(input))
                            .singletonOrThrow()
                            .toFloatArray();
                    for (int i = 0; i < count; i++) {
                        truth[from + i] = test.label(from + i);
                        predicted[from + i] = Evaluation.argMax(probabilities, i * BeatClass.COUNT, BeatClass.COUNT);
                    }
                }
            }
        }
        Evaluation djl = Evaluation.of(truth, predicted, BeatClass.COUNT);
        JsonObject metrics = card.getAsJsonObject("metrics");
        System.out.printf(
                Locale.ROOT,
                "test accuracy through DJL %.4f, model card %.4f%n",
                djl.accuracy(),
                metrics.get("accuracy").getAsDouble());
        // The same graph and weights; a different batch split may move a borderline beat at most.
        assertThat(djl.accuracy()).isCloseTo(metrics.get("accuracy").getAsDouble(), within(0.001));
        assertThat(djl.macroF1()).isCloseTo(metrics.get("macroF1").getAsDouble(), within(0.001));
    }
}
