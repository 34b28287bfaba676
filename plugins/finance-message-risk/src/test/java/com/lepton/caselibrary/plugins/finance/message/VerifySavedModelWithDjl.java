package com.lepton.caselibrary.plugins.finance.message;

import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.util.PairList;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.testing.HostLikeModel;
import com.lepton.caselibrary.trainingkit.Evaluation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Dev runner: loads the exported SavedModel with DJL (not TF Java), offline, the way the host
 * does; checks that the test split gives the metrics the model card claims (when the corpus is
 * installed), and runs the shipped samples through the adapter in one stacked batch.
 *
 * <pre>
 * ./mvnw -B -f plugins/finance-message-risk/pom.xml test-compile exec:exec@verify-djl
 * </pre>
 * Arguments: the SavedModel directory (with {@code vocab.txt} and {@code model-card.json}), and
 * optionally the corpus' data directory.
 */
public final class VerifySavedModelWithDjl {

    private VerifySavedModelWithDjl() {}

    public static void main(String[] args) throws Exception {
        Path modelDir = Path.of(args[0]);
        Path data = Path.of(args.length > 1 ? args[1] : "../../" + MessageRiskTrainer.NPM_DATA);
        Engine engine = Engine.getEngine("TensorFlow");
        System.out.printf(
                "engine %s %s, offline=%s%n",
                engine.getEngineName(), engine.getVersion(), System.getProperty("ai.djl.offline"));
        Vocabulary vocabulary;
        try (InputStream in = Files.newInputStream(modelDir.resolve(MessageRiskCase.VOCABULARY_FILE))) {
            vocabulary = Vocabulary.read(in);
        }
        JsonObject card = JsonParser.parseString(Files.readString(modelDir.resolve("model-card.json")))
                .getAsJsonObject();
        if (Files.isDirectory(data)) {
            testThroughDjl(modelDir, data, vocabulary, card);
        } else {
            System.out.println("corpus not installed at " + data + "; skipping the test-split check");
        }
        predictSamplesLikeTheHost(modelDir, new MessageTextAdapter(vocabulary));
    }

    /** The test split, prepared as in training, through a plain NDList predictor. */
    private static void testThroughDjl(Path modelDir, Path data, Vocabulary vocabulary, JsonObject card)
            throws Exception {
        long seed = card.get("seed").getAsLong();
        PreparedCorpus corpus = PreparedCorpus.load(data, seed);
        for (int id = 0; id < vocabulary.size(); id++) {
            if (!vocabulary.token(id).equals(corpus.vocabulary().token(id))) {
                throw new IllegalStateException("the shipped vocabulary differs from a rebuilt one at id " + id);
            }
        }
        int[] test = corpus.indices(StratifiedSplit.Part.TEST);
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(modelDir)
                .optEngine("TensorFlow")
                .build();
        long loadStart = System.nanoTime();
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor()) {
            System.out.printf(
                    Locale.ROOT,
                    "loaded in %.2f s; inputs %s, outputs %s%n",
                    (System.nanoTime() - loadStart) / 1e9,
                    describe(model.describeInput()),
                    describe(model.describeOutput()));
            long start = System.nanoTime();
            int[] predicted = MessageRiskTrainer.predict(
                    (tokens, count) -> {
                        try (NDManager manager = model.getNDManager().newSubManager()) {
                            NDList output = predictor.predict(
                                    new NDList(manager.create(tokens, new Shape(count, TextCnn.MAX_TOKENS))));
                            return output.get(0).toFloatArray();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    corpus,
                    test);
            int[] truth = Arrays.stream(test).map(i -> corpus.labels()[i]).toArray();
            Evaluation evaluation = Evaluation.of(truth, predicted, MessageClass.COUNT);
            System.out.printf(
                    Locale.ROOT,
                    "%d test mails through DJL in %.2f s%n",
                    test.length,
                    (System.nanoTime() - start) / 1e9);
            double cardF1 = card.getAsJsonObject("metrics").get("f1.spam").getAsDouble();
            double cardAccuracy =
                    card.getAsJsonObject("metrics").get("accuracy").getAsDouble();
            System.out.printf(
                    Locale.ROOT,
                    "test through DJL: accuracy %.4f, F1 spam %.4f; model card (TF Java): %.4f, %.4f -> %s%n",
                    evaluation.accuracy(),
                    evaluation.f1(1),
                    cardAccuracy,
                    cardF1,
                    Math.abs(evaluation.f1(1) - cardF1) < 1e-9 && Math.abs(evaluation.accuracy() - cardAccuracy) < 1e-9
                            ? "identical"
                            : "DIFFERENT");
        }
    }

    private static String describe(PairList<String, Shape> tensors) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < tensors.size(); i++) {
            parts.add(tensors.keyAt(i) + " " + tensors.valueAt(i));
        }
        return parts.toString();
    }

    /** The shipped samples through the adapter, stacked into one batch, as the host's translator does. */
    private static void predictSamplesLikeTheHost(Path modelDir, MessageTextAdapter adapter) throws Exception {
        // The portal's way: the adapter as the translator, samples stacked into one batch.
        Criteria<DemoInput, DemoResult> criteria = HostLikeModel.criteria(modelDir, adapter);
        List<DemoSample> samples = new MessageRiskCase().demo().samples();
        List<DemoInput> inputs = new ArrayList<>();
        for (DemoSample sample : samples) {
            try (InputStream in =
                    VerifySavedModelWithDjl.class.getClassLoader().getResourceAsStream(sample.resourcePath())) {
                inputs.add(new DemoInput.Text(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        try (ZooModel<DemoInput, DemoResult> model = criteria.loadModel();
                Predictor<DemoInput, DemoResult> predictor = model.newPredictor()) {
            List<DemoResult> results = predictor.batchPredict(inputs);
            int right = 0;
            for (int i = 0; i < samples.size(); i++) {
                DemoResult.Classification result = (DemoResult.Classification) results.get(i);
                ClassScore top = result.top();
                boolean ok = top.key().equals(samples.get(i).expected());
                right += ok ? 1 : 0;
                System.out.printf(
                        Locale.ROOT,
                        "sample %-22s -> %-4s p(spam) %.4f %s%n",
                        samples.get(i).id(),
                        top.key(),
                        result.scores().get(MessageClass.SPAM.ordinal()).probability(),
                        ok ? "ok" : "WRONG");
            }
            System.out.printf("samples right: %d/%d%n", right, samples.size());

            long[] nanos = new long[200];
            for (int i = 0; i < 20; i++) {
                predictor.predict(inputs.get(i % inputs.size()));
            }
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                predictor.predict(inputs.get(i % inputs.size()));
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "batch-1 latency with preprocessing: median %.2f ms, p95 %.2f ms%n",
                    nanos[nanos.length / 2] / 1e6,
                    nanos[nanos.length * 95 / 100] / 1e6);
        }
    }
}
