package com.lepton.caselibrary.testkit;

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
import com.lepton.caselibrary.api.BatchDemo;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoDescription;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.ModelDefinition;
import com.lepton.caselibrary.api.OutputKind;
import com.lepton.caselibrary.api.PostBatch;
import com.lepton.caselibrary.api.SeriesField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The model card as the portal reads it, and the SavedModel as the portal serves it: copied out of
 * the jar, loaded with DJL's TensorFlow engine, the plugin's adapter as the translator and examples
 * stacked into a batch; every shipped sample must come back as a valid result.
 */
final class ModelCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ModelCheck() {}

    static Check card(String caseId, CaseStudyPlugin plugin, PluginJar jar) throws IOException {
        Check.Builder check = new Check.Builder("case " + caseId + ": model card");
        ModelDefinition model = plugin.model();
        Optional<byte[]> bytes = jar.read(model.modelCardPath());
        if (bytes.isEmpty()) {
            return check.problem(model.modelCardPath() + " (the model card) is missing from the jar")
                    .build();
        }
        ModelCard card;
        try {
            card = JSON.readValue(bytes.get(), ModelCard.class);
        } catch (RuntimeException e) {
            return check.problem(model.modelCardPath() + " does not read as a ModelCard: " + e.getMessage())
                    .build();
        }
        check.problemIf(
                !card.modelName().equals(model.name()),
                "the card is for model '" + card.modelName() + "' but the ModelDefinition ships '" + model.name()
                        + "'");
        check.problemIf(
                !card.modelVersion().equals(model.version()),
                "the card is for version " + card.modelVersion() + " but the ModelDefinition ships " + model.version());
        CardTexts.check(check, card);
        check.problemIf(card.metrics().isEmpty(), "the card has no held-out metrics");
        check.problemIf(
                card.testExamples() < 1,
                "the card's testExamples is " + card.testExamples() + ": give the held-out set's size");
        check.problemIf(
                card.metrics().values().stream().anyMatch(value -> value == null || !Double.isFinite(value)),
                "the card has a metric that is not a finite number");
        check.problemIf(
                !card.confusionMatrix().isEmpty()
                        && card.confusionMatrix().size() != card.classLabels().size(),
                "the confusion matrix has " + card.confusionMatrix().size() + " rows for "
                        + card.classLabels().size() + " class labels");
        return check.build();
    }

    static Check samples(String caseId, CaseStudyPlugin plugin, PluginJar jar, Optional<String> engineProblem)
            throws IOException {
        Check.Builder check =
                new Check.Builder("case " + caseId + ": SavedModel runs every sample through the adapter");
        ModelDefinition model = plugin.model();
        String folder = model.savedModelPath().endsWith("/") ? model.savedModelPath() : model.savedModelPath() + "/";
        if (!jar.has(folder + "saved_model.pb")) {
            return check.problem(
                            folder
                                    + "saved_model.pb is missing from the jar: ship the SavedModel directory named by ModelDefinition.savedModelPath")
                    .build();
        }
        if (engineProblem.isPresent()) {
            return check.problem("cannot run the model: " + engineProblem.get()).build();
        }
        Path directory = Files.createTempDirectory("lepton-conformance-model-");
        try {
            jar.extract(folder, directory);
            run(check, plugin, jar, directory);
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return check.build();
    }

    private static void run(Check.Builder check, CaseStudyPlugin plugin, PluginJar jar, Path savedModel)
            throws IOException {
        DataAdapter adapter = plugin.adapter();
        DemoDescription demo = plugin.demo();
        long[] inputShape = plugin.model().inputShape();
        Criteria<DemoInput, DemoResult> criteria = Criteria.builder()
                .setTypes(DemoInput.class, DemoResult.class)
                .optModelPath(savedModel)
                .optEngine("TensorFlow")
                .optTranslator(new AdapterTranslator(adapter))
                .build();
        try (ZooModel<DemoInput, DemoResult> loaded = criteria.loadModel();
                Predictor<DemoInput, DemoResult> predictor = loaded.newPredictor();
                NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            for (DemoSample sample : demo.samples()) {
                String name = "sample '" + sample.id() + "'";
                Optional<byte[]> bytes = jar.read(sample.resourcePath());
                if (bytes.isEmpty()) {
                    check.problem(name + ": " + sample.resourcePath() + " is not in the jar");
                    continue;
                }
                DemoInput input;
                try {
                    input = SampleInputs.read(demo.inputKind(), bytes.get());
                } catch (IOException e) {
                    check.problem(name + ": the portal cannot read " + sample.resourcePath() + " as " + demo.inputKind()
                            + " input: " + e.getMessage());
                    continue;
                }
                try (NDManager scratch = manager.newSubManager()) {
                    NDList tensors = adapter.toTensors(scratch, input);
                    Shape shape = tensors.isEmpty() ? null : tensors.get(0).getShape();
                    if (shape == null || !Arrays.equals(shape.getShape(), inputShape)) {
                        check.problem(name + ": the adapter gives an example of shape " + shape
                                + " but ModelDefinition.inputShape is " + Arrays.toString(inputShape)
                                + " (one example, without the batch dimension)");
                    }
                } catch (InvalidInputException e) {
                    check.problem(name + ": the adapter refuses the shipped sample: " + e.getMessage());
                    continue;
                } catch (RuntimeException e) {
                    check.problem(name + ": the adapter fails: " + e);
                    continue;
                }
                try {
                    result(check, name, demo.outputKind(), predictor.predict(input));
                } catch (Exception e) {
                    check.problem(name + ": running the model fails: " + rootMessage(e));
                }
            }
            if (demo.batch() != null) {
                batchSamples(check, jar, demo.batch(), predictor);
            }
            if (!demo.seriesFields().isEmpty()) {
                referenceSeries(check, demo, predictor);
            }
        } catch (Exception e) {
            check.problem("DJL's TensorFlow engine cannot load the SavedModel in "
                    + plugin.model().savedModelPath() + ": " + rootMessage(e));
        }
    }

    /** The series of every field's reference (what the host explains against) must run like any input. */
    private static void referenceSeries(Check.Builder check, DemoDescription demo, Predictor<DemoInput, DemoResult> p) {
        var references = new DemoInput.Series(
                demo.seriesFields().stream().mapToDouble(SeriesField::reference).toArray());
        try {
            result(check, "the field references", demo.outputKind(), p.predict(references));
        } catch (Exception e) {
            check.problem("the field references do not run: " + rootMessage(e));
        }
    }

    /** Each shipped batch split as the portal splits it, every post run, and its risk class among the answer's classes. */
    private static void batchSamples(
            Check.Builder check, PluginJar jar, BatchDemo batch, Predictor<DemoInput, DemoResult> predictor)
            throws IOException {
        check.problemIf(batch.samples().isEmpty(), "the batch demo ships no sample batch");
        for (DemoSample sample : batch.samples()) {
            String name = "batch sample '" + sample.id() + "'";
            Optional<byte[]> bytes = jar.read(sample.resourcePath());
            if (bytes.isEmpty()) {
                check.problem(name + ": " + sample.resourcePath() + " is not in the jar");
                continue;
            }
            try {
                PostBatch posts = PostBatch.split(SampleInputs.utf8(bytes.get()));
                List<DemoResult.Classification> answers = new ArrayList<>();
                for (String post : posts.posts()) {
                    if (predictor.predict(new DemoInput.Text(post)) instanceof DemoResult.Classification c) {
                        answers.add(c);
                    }
                }
                check.problemIf(
                        answers.size() != posts.posts().size()
                                || answers.stream()
                                        .anyMatch(c -> c.scores().stream()
                                                .noneMatch(s -> s.key().equals(batch.riskClass()))),
                        name + ": every post must come back as a classification that has the risk class '"
                                + batch.riskClass() + "'");
            } catch (InvalidInputException e) {
                check.problem(name + ": the portal refuses the shipped batch: " + e.getMessage());
            } catch (IOException | RuntimeException | TranslateException e) {
                check.problem(name + ": running the batch fails: " + rootMessage(e));
            }
        }
    }

    private static void result(Check.Builder check, String name, OutputKind kind, DemoResult result) {
        switch (result) {
            case null -> check.problem(name + ": the adapter's toResult returned null");
            case DemoResult.Anomalies anomalies -> {
                check.problemIf(
                        kind != OutputKind.ANOMALIES,
                        name + ": the demo declares " + kind + " but the adapter returns anomalies");
                check.problemIf(
                        Arrays.stream(anomalies.series()).anyMatch(value -> !Double.isFinite(value))
                                || Arrays.stream(anomalies.scores()).anyMatch(value -> !Double.isFinite(value)),
                        name + ": a reading or a score is not finite");
            }
            case DemoResult.RiskSignal signal ->
                check.problem(name
                        + ": the adapter returns a risk signal; the portal makes it from a batch's classifications");
            case DemoResult.Classification classification -> {
                check.problemIf(
                        kind != OutputKind.CLASSIFICATION,
                        name + ": the demo declares " + kind + " but the adapter returns a classification");
                Set<String> keys = new HashSet<>();
                double sum = 0;
                for (ClassScore score : classification.scores()) {
                    check.problemIf(
                            score.key().isBlank() || !keys.add(score.key()),
                            name + ": class key '" + score.key() + "' is blank or repeated");
                    check.problemIf(
                            score.label().zh().isBlank() || score.label().en().isBlank(),
                            name + ": class '" + score.key() + "' needs a label in zh and en");
                    sum += score.probability();
                }
                check.problemIf(
                        Math.abs(sum - 1) > 0.01,
                        name + ": the class probabilities sum to " + sum + ", not 1 (apply softmax)");
            }
            case DemoResult.Forecast forecast -> {
                check.problemIf(
                        kind != OutputKind.FORECAST,
                        name + ": the demo declares " + kind + " but the adapter returns a forecast");
                check.problemIf(forecast.forecast().length == 0, name + ": the forecast has no values");
                check.problemIf(
                        Arrays.stream(forecast.forecast()).anyMatch(value -> !Double.isFinite(value))
                                || Arrays.stream(forecast.history()).anyMatch(value -> !Double.isFinite(value)),
                        name + ": the forecast or its history has a value that is not finite");
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " (cause: " + root + ")";
    }

    /** The plugin's adapter as DJL's translator, examples stacked into a batch: how the portal's pool runs it. */
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
