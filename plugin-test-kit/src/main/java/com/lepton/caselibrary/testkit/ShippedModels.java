package com.lepton.caselibrary.testkit;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.ModelCard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test helpers a plugin's own tests share: start TensorFlow as the kit does, read the shipped
 * model card, run inputs through the shipped SavedModel with the plugin's adapter as the portal
 * serves it, and read the per-epoch losses that the training kit's {@code EpochLoop} logs.
 */
public final class ShippedModels {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern EPOCH_LOSS = Pattern.compile("epoch +\\d+/\\d+ +loss ([0-9.]+)");
    private static final int BATCH = 64;

    private ShippedModels() {}

    /** Starts DJL's TensorFlow engine offline from {@code -Dtf.native.dir} or {@code TENSORFLOW_LIBRARY_PATH}. */
    public static void startTensorFlow() {
        TensorFlowEngine.start();
    }

    /** The model card beside a SavedModel, as the portal reads it. */
    public static ModelCard card(Path savedModel) throws IOException {
        return JSON.readValue(savedModel.resolve("model-card.json").toFile(), ModelCard.class);
    }

    /** Every input through the SavedModel and the adapter, in batches of 64, in order. */
    public static List<DemoResult> run(Path savedModel, DataAdapter adapter, List<DemoInput> inputs) throws Exception {
        Criteria<DemoInput, DemoResult> criteria = Criteria.builder()
                .setTypes(DemoInput.class, DemoResult.class)
                .optModelPath(savedModel)
                .optEngine("TensorFlow")
                .optTranslator(new AdapterTranslator(adapter))
                .build();
        List<DemoResult> results = new ArrayList<>(inputs.size());
        try (ZooModel<DemoInput, DemoResult> model = criteria.loadModel();
                Predictor<DemoInput, DemoResult> predictor = model.newPredictor()) {
            for (int from = 0; from < inputs.size(); from += BATCH) {
                results.addAll(predictor.batchPredict(inputs.subList(from, Math.min(inputs.size(), from + BATCH))));
            }
        }
        return results;
    }

    /** The mean training loss of each epoch, read from the lines {@code EpochLoop} logs. */
    public static List<Double> epochLosses(String log) {
        List<Double> losses = new ArrayList<>();
        Matcher matcher = EPOCH_LOSS.matcher(log);
        while (matcher.find()) {
            losses.add(Double.parseDouble(matcher.group(1)));
        }
        return losses;
    }

    /** A short line for test output. */
    public static String describe(String what, double value, double card) {
        return String.format(Locale.ROOT, "%s %.4f (card %.4f)", what, value, card);
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
