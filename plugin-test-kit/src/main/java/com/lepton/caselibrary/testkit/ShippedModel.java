package com.lepton.caselibrary.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.Batchifier;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.ModelCard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plugin's shipped SavedModel ({@code target/classes/MODEL_PATH}), loaded with DJL's TensorFlow
 * engine offline as the portal loads it, for the re-evaluation tests every plugin has: raw batches
 * through the model, inputs and samples through the adapter, and the shipped card. Skips the test
 * (an assumption) when the TensorFlow native library has not been unpacked.
 */
public final class ShippedModel implements AutoCloseable {

    /** The portal reads cards with Jackson 3's default mapper; so does this. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CaseStudyPlugin plugin;
    private final ZooModel<NDList, NDList> model;
    private final Predictor<NDList, NDList> raw;
    private final ZooModel<DemoInput, DemoResult> adapted;
    private final Predictor<DemoInput, DemoResult> throughAdapter;
    private final NDManager manager;

    private ShippedModel(CaseStudyPlugin plugin, Path directory) throws Exception {
        this.plugin = plugin;
        model = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(directory)
                .optEngine("TensorFlow")
                .build()
                .loadModel();
        raw = model.newPredictor();
        adapted = Criteria.builder()
                .setTypes(DemoInput.class, DemoResult.class)
                .optModelPath(directory)
                .optEngine("TensorFlow")
                .optTranslator(new Adapted(plugin.adapter()))
                .build()
                .loadModel();
        throughAdapter = adapted.newPredictor();
        manager = NDManager.newBaseManager("TensorFlow");
    }

    /** Opens {@code plugin}'s model from the build's {@code target/classes}. */
    public static ShippedModel open(CaseStudyPlugin plugin) throws Exception {
        Path nativeDir = Path.of(System.getProperty("tf.native.dir", "../target/tf-native"))
                .toAbsolutePath()
                .normalize();
        assumeTrue(
                Files.isRegularFile(nativeDir.resolve("libjnitensorflow.so")),
                "TensorFlow native library not unpacked in " + nativeDir);
        if (System.getenv("TENSORFLOW_LIBRARY_PATH") == null) {
            System.setProperty("TENSORFLOW_LIBRARY_PATH", nativeDir.toString());
        }
        System.setProperty("ai.djl.offline", "true");
        Engine.getEngine("TensorFlow");
        return new ShippedModel(plugin, Path.of("target/classes", plugin.model().savedModelPath()));
    }

    /** The shipped model card, as the portal reads it. */
    public ModelCard card() {
        try (InputStream in = plugin.getClass()
                .getClassLoader()
                .getResourceAsStream(plugin.model().modelCardPath())) {
            if (in == null) {
                throw new IOException(plugin.model().modelCardPath() + " is not on the class path");
            }
            return JSON.readValue(in, ModelCard.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the model card: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a batch of {@code count} examples ({@code values} row-major, each of the model's input
     * shape) and returns the first output, {@code count * width} values.
     */
    public float[] predict(float[] values, int count) {
        long[] shape = new long[plugin.model().inputShape().length + 1];
        shape[0] = count;
        System.arraycopy(plugin.model().inputShape(), 0, shape, 1, shape.length - 1);
        try (NDManager batch = manager.newSubManager()) {
            return raw.predict(new NDList(batch.create(values, new Shape(shape))))
                    .get(0)
                    .toFloatArray();
        } catch (TranslateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One input through the adapter and the model, as the portal runs a demo. */
    public DemoResult run(DemoInput input) throws TranslateException {
        return throughAdapter.predict(input);
    }

    /** A shipped sample, read from the class path as the portal reads it, through the adapter and the model. */
    public DemoResult run(DemoSample sample) throws Exception {
        try (InputStream in = plugin.getClass().getClassLoader().getResourceAsStream(sample.resourcePath())) {
            if (in == null) {
                throw new IOException(sample.resourcePath() + " is not on the class path");
            }
            return run(SampleInputs.read(plugin.demo().inputKind(), in.readAllBytes()));
        }
    }

    @Override
    public void close() {
        manager.close();
        throughAdapter.close();
        adapted.close();
        raw.close();
        model.close();
    }

    @Override
    public String toString() {
        return "ShippedModel" + Arrays.toString(plugin.model().inputShape());
    }

    private record Adapted(DataAdapter adapter) implements Translator<DemoInput, DemoResult> {

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
    }
}
