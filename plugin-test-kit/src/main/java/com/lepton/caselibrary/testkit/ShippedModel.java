package com.lepton.caselibrary.testkit;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plugin's SavedModel loaded with DJL's TensorFlow engine offline, as the portal loads it, for the
 * tests every plugin has: the shipped model re-evaluated against its card, the shipped samples
 * through the adapter, a freshly trained model after a smoke training. Raw batches go straight
 * through the model; inputs and samples go through the plugin's adapter and are stacked into
 * batches as the portal's translator does. Fails (never skips) when the TensorFlow native library
 * is missing, so a re-evaluation cannot pass without running.
 */
public final class ShippedModel implements AutoCloseable {

    /** The portal reads cards with Jackson 3's default mapper; so does this. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern EPOCH_LOSS = Pattern.compile("epoch +\\d+/\\d+ +loss ([0-9.]+)");
    private static final int BATCH = 64;

    private final Path directory;
    private final long[] inputShape;
    private final CaseStudyPlugin plugin;
    private final ZooModel<NDList, NDList> model;
    private final Predictor<NDList, NDList> raw;
    private final ZooModel<DemoInput, DemoResult> adapted;
    private final Predictor<DemoInput, DemoResult> throughAdapter;
    private final NDManager manager;

    private ShippedModel(Path directory, DataAdapter adapter, long[] inputShape, CaseStudyPlugin plugin)
            throws IOException, ModelNotFoundException, MalformedModelException {
        this.directory = directory;
        this.inputShape = inputShape.clone();
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
                .optTranslator(new AdapterTranslator(adapter))
                .build()
                .loadModel();
        throughAdapter = adapted.newPredictor();
        manager = NDManager.newBaseManager("TensorFlow");
    }

    /** Opens {@code plugin}'s shipped model from the build's {@code target/classes}. */
    public static ShippedModel open(CaseStudyPlugin plugin) throws Exception {
        startTensorFlow();
        return new ShippedModel(
                Path.of("target/classes", plugin.model().savedModelPath()),
                plugin.adapter(),
                plugin.model().inputShape(),
                plugin);
    }

    /**
     * Opens the SavedModel in {@code directory} (a freshly trained one, or a shipped one with another
     * adapter) to run through {@code adapter}; {@code inputShape} is one example's shape, for
     * {@link #predict}.
     */
    public static ShippedModel open(Path directory, DataAdapter adapter, long... inputShape) throws Exception {
        startTensorFlow();
        return new ShippedModel(directory, adapter, inputShape, null);
    }

    /** Starts DJL's TensorFlow engine offline from {@code -Dtf.native.dir} or {@code TENSORFLOW_LIBRARY_PATH}. */
    public static void startTensorFlow() {
        TensorFlowEngine.start();
    }

    /** The model card beside a SavedModel, as the portal reads it. */
    public static ModelCard card(Path savedModel) throws IOException {
        return JSON.readValue(savedModel.resolve("model-card.json").toFile(), ModelCard.class);
    }

    /** Every input through the SavedModel in {@code savedModel} and the adapter, in batches of 64, in order. */
    public static List<DemoResult> runAll(Path savedModel, DataAdapter adapter, List<DemoInput> inputs)
            throws Exception {
        try (ShippedModel model = open(savedModel, adapter)) {
            return model.runAll(inputs);
        }
    }

    /** The mean training loss of each epoch, read from the lines the training kit's {@code EpochLoop} logs. */
    public static List<Double> epochLosses(String log) {
        List<Double> losses = new ArrayList<>();
        Matcher matcher = EPOCH_LOSS.matcher(log);
        while (matcher.find()) {
            losses.add(Double.parseDouble(matcher.group(1)));
        }
        return losses;
    }

    /** A short line for test output: a measured figure beside the card's. */
    public static String describe(String what, double value, double card) {
        return String.format(Locale.ROOT, "%s %.4f (card %.4f)", what, value, card);
    }

    /** The model card: the plugin's as the portal reads it from the class path, else the one beside the model. */
    public ModelCard card() {
        if (plugin == null) {
            try {
                return card(directory);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("cannot read the model card: " + e.getMessage(), e);
            }
        }
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
        long[] shape = new long[inputShape.length + 1];
        shape[0] = count;
        System.arraycopy(inputShape, 0, shape, 1, inputShape.length);
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

    /** Every input through the adapter and the model, stacked into batches of 64, results in order. */
    public List<DemoResult> runAll(List<DemoInput> inputs) throws TranslateException {
        List<DemoResult> results = new ArrayList<>(inputs.size());
        for (int from = 0; from < inputs.size(); from += BATCH) {
            results.addAll(throughAdapter.batchPredict(inputs.subList(from, Math.min(inputs.size(), from + BATCH))));
        }
        return results;
    }

    /** A shipped sample, read from the class path as the portal reads it, through the adapter and the model. */
    public DemoResult run(DemoSample sample) throws Exception {
        return run(sampleInput(sample));
    }

    /** A shipped sample's input, read from the plugin's class path as the portal reads it. */
    public DemoInput sampleInput(DemoSample sample) throws IOException {
        if (plugin == null) {
            throw new IllegalStateException("samples need the plugin: open the model with open(plugin)");
        }
        try (InputStream in = plugin.getClass().getClassLoader().getResourceAsStream(sample.resourcePath())) {
            if (in == null) {
                throw new IOException(sample.resourcePath() + " is not on the class path");
            }
            return SampleInputs.read(plugin.demo().inputKind(), in.readAllBytes());
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
        return "ShippedModel " + directory + " " + Arrays.toString(inputShape);
    }

    private record AdapterTranslator(DataAdapter adapter) implements Translator<DemoInput, DemoResult> {

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
