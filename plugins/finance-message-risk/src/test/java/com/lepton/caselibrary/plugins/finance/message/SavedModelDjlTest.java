package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped SavedModel through DJL's TensorFlow engine, offline, as the host runs it: adapter
 * (with the shipped vocabulary), stacked batch, adapter. Needs the TensorFlow native library that
 * the app build unpacks into {@code app/target/classes/native/lib}; skipped only when that folder
 * is absent.
 */
class SavedModelDjlTest {

    private static final Path NATIVE = Path.of(
                    System.getProperty("tf.native.dir", "../../app/target/classes/native/lib"))
            .toAbsolutePath()
            .normalize();
    private static final Path MODEL = Path.of("target/classes/" + MessageRiskCase.MODEL_PATH);

    @BeforeAll
    static void loadTensorFlow() {
        assumeTrue(
                Files.isRegularFile(NATIVE.resolve("libjnitensorflow.so")),
                "TensorFlow native library not unpacked; build the app module first");
        // DJL reads this as an environment variable or a system property; offline it cannot download.
        if (System.getenv("TENSORFLOW_LIBRARY_PATH") == null) {
            System.setProperty("TENSORFLOW_LIBRARY_PATH", NATIVE.toString());
        }
        System.setProperty("ai.djl.offline", "true");
        Engine.getEngine("TensorFlow");
    }

    private static Translator<DemoInput, DemoResult> hostLikeTranslator(MessageTextAdapter adapter) {
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
    void adapterMakesOneInt32ExampleWithoutBatchDimension() throws Exception {
        try (NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            NDList tensors =
                    new MessageTextAdapter().toTensors(manager, new DemoInput.Text("Verify your account now!"));

            assertThat(tensors).hasSize(1);
            assertThat(tensors.get(0).getShape()).isEqualTo(new Shape(200));
            assertThat(tensors.get(0).getDataType()).isEqualTo(DataType.INT32);
            assertThat(tensors.get(0).toIntArray()[5]).isEqualTo(Vocabulary.PAD_ID);
        }
    }

    @Test
    void classifiesTheShippedSamplesInOneBatch() throws Exception {
        Criteria<DemoInput, DemoResult> criteria = Criteria.builder()
                .setTypes(DemoInput.class, DemoResult.class)
                .optModelPath(MODEL)
                .optEngine("TensorFlow")
                .optTranslator(hostLikeTranslator(new MessageTextAdapter()))
                .build();
        List<DemoSample> samples = new MessageRiskCase().demo().samples();
        List<DemoInput> inputs = new ArrayList<>();
        for (DemoSample sample : samples) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(sample.resourcePath())) {
                inputs.add(new DemoInput.Text(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }

        try (ZooModel<DemoInput, DemoResult> model = criteria.loadModel();
                Predictor<DemoInput, DemoResult> predictor = model.newPredictor()) {
            List<DemoResult> results = predictor.batchPredict(inputs);

            for (int i = 0; i < samples.size(); i++) {
                DemoResult.Classification result = (DemoResult.Classification) results.get(i);
                assertThat(result.scores()).extracting(ClassScore::key).containsExactly("ham", "spam");
                assertThat(result.scores().stream()
                                .mapToDouble(ClassScore::probability)
                                .sum())
                        .isCloseTo(1.0, within(1e-4));
                assertThat(result.top().key())
                        .as(samples.get(i).id())
                        .isEqualTo(samples.get(i).expected());
            }
        }
    }
}
