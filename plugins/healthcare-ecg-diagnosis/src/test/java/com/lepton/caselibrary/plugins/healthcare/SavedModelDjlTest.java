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
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.trainingkit.Evaluation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped SavedModel through DJL's TensorFlow engine alone (not TF Java), offline, as the host
 * runs it: adapter, stacked batch, adapter. Needs the TensorFlow native library that the app build
 * unpacks into {@code app/target/classes/native/lib}; skipped only when that folder is absent.
 */
class SavedModelDjlTest {

    private static final Path MODEL = Path.of("target/classes/" + EcgDiagnosisCase.MODEL_PATH);

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    private static Translator<DemoInput, DemoResult> hostLikeTranslator(BeatWindowAdapter adapter) {
        return new Translator<>() {
            @Override
            public NDList processInput(TranslatorContext context, DemoInput input) throws Exception {
                return adapter.toTensors(context.getNDManager(), input);
            }

            @Override
            public DemoResult processOutput(TranslatorContext context, NDList output) {
                return adapter.toResult(output);
            }

            @Override
            public Batchifier getBatchifier() {
                return Batchifier.STACK;
            }
        };
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
    void classifiesEveryShippedSampleAsItsClassInOneBatch() throws Exception {
        Criteria<DemoInput, DemoResult> criteria = Criteria.builder()
                .setTypes(DemoInput.class, DemoResult.class)
                .optModelPath(MODEL)
                .optEngine("TensorFlow")
                .optTranslator(hostLikeTranslator(new BeatWindowAdapter()))
                .build();
        List<DemoSample> samples = new EcgDiagnosisCase().demo().samples();
        List<DemoInput> inputs = new ArrayList<>();
        for (DemoSample sample : samples) {
            inputs.add(new DemoInput.Series(EcgDiagnosisCaseTest.sampleValues(sample)));
        }
        try (ZooModel<DemoInput, DemoResult> model = criteria.loadModel();
                Predictor<DemoInput, DemoResult> predictor = model.newPredictor()) {
            List<DemoResult> results = predictor.batchPredict(inputs);
            DemoResult single = predictor.predict(inputs.getLast());

            for (int i = 0; i < samples.size(); i++) {
                DemoResult.Classification result = (DemoResult.Classification) results.get(i);
                assertThat(result.scores()).hasSize(BeatClass.COUNT);
                assertThat(result.scores().stream()
                                .mapToDouble(ClassScore::probability)
                                .sum())
                        .isCloseTo(1.0, within(1e-4));
                System.out.printf(
                        Locale.ROOT,
                        "sample %-13s -> %-13s %.4f%n",
                        samples.get(i).id(),
                        result.top().key(),
                        result.top().probability());
                assertThat(result.top().key())
                        .as(samples.get(i).id())
                        .isEqualTo(samples.get(i).expected());
            }
            assertThat(((DemoResult.Classification) single).top().probability())
                    .isCloseTo(
                            ((DemoResult.Classification) results.getLast())
                                    .top()
                                    .probability(),
                            within(1e-5));
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
                    test.copyWindow(from + i, batch, i * BeatGenerator.WINDOW);
                }
                try (NDManager manager = model.getNDManager().newSubManager()) {
                    NDArray input = manager.create(
                            java.util.Arrays.copyOf(batch, count * BeatGenerator.WINDOW),
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
