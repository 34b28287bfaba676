package com.lepton.caselibrary.plugins.finance.message;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.trainingkit.Evaluation;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Re-evaluates the shipped SavedModel, loaded through DJL as in {@link SavedModelDjlTest}, on a
 * committed held-out sample: 300 TEST-part SpamAssassin mails as token ids (written by
 * {@link ExportHeldOutSample}). Needs no data set, only the TensorFlow native library.
 */
class ShippedModelHeldOutTest {

    private static final Path MODEL = Path.of("target/classes/" + MessageRiskCase.MODEL_PATH);
    private static final String SAMPLE = "heldout/spam-test-sample.txt.gz";

    /** The model card's test accuracy on all 1,166 test mails. */
    private static final double CARD_ACCURACY = 0.9743;
    /** The card's majority-class (always ham) test accuracy. */
    private static final double MAJORITY_ACCURACY = 0.7015;

    /**
     * On n = 300 mails the accuracy's standard error is sqrt(0.974 * 0.026 / 300) = 0.0092; three
     * standard errors (0.028, rounded up to 0.03) keep a fair sample from failing by chance
     * (one-sided p below 0.002). The sample is a subset of the card's test part, so it is even
     * less free to wander than an independent draw; a model that lost several points still fails.
     */
    private static final double TOLERANCE = 0.03;

    @BeforeAll
    static void loadTensorFlow() {
        TensorFlowNative.load();
    }

    /** The committed mails: labels, groups and {@code labels.length * 200} token ids. */
    record Sample(int[] labels, List<String> groups, int[] tokens) {}

    static Sample sample() throws Exception {
        List<Integer> labels = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Objects.requireNonNull(
                        ShippedModelHeldOutTest.class.getClassLoader().getResourceAsStream(SAMPLE), SAMPLE));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(" ");
                labels.add(Integer.parseInt(cells[0]));
                groups.add(cells[1]);
                int[] row = new int[TextCnn.MAX_TOKENS]; // padded with Vocabulary.PAD_ID = 0
                for (int k = 2; k < cells.length; k++) {
                    row[k - 2] = Integer.parseInt(cells[k]);
                }
                rows.add(row);
            }
        }
        int[] tokens = new int[rows.size() * TextCnn.MAX_TOKENS];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, tokens, i * TextCnn.MAX_TOKENS, TextCnn.MAX_TOKENS);
        }
        return new Sample(labels.stream().mapToInt(Integer::intValue).toArray(), groups, tokens);
    }

    @Test
    void committedSampleHasBothClassesAndValidIds() throws Exception {
        Sample sample = sample();
        assertThat(sample.labels()).hasSize(300).contains(0, 1);
        assertThat(Arrays.stream(sample.tokens()).allMatch(id -> id >= 0 && id < TextCnn.VOCABULARY_SIZE))
                .isTrue();
    }

    @Test
    void shippedModelReachesTheCardsAccuracyOnTheHeldOutSample() throws Exception {
        Sample sample = sample();
        int n = sample.labels().length;
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(MODEL)
                .optEngine("TensorFlow")
                .build();
        int[] predicted = new int[n];
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager manager = NDManager.newBaseManager("TensorFlow")) {
            float[] probabilities = predictor
                    .predict(new NDList(manager.create(sample.tokens(), new Shape(n, TextCnn.MAX_TOKENS))))
                    .get(0)
                    .toFloatArray();
            assertThat(probabilities).hasSize(n * MessageClass.COUNT);
            for (int i = 0; i < n; i++) {
                predicted[i] = Evaluation.argMax(probabilities, i * MessageClass.COUNT, MessageClass.COUNT);
            }
        }
        Evaluation evaluation = Evaluation.of(sample.labels(), predicted, MessageClass.COUNT);
        Map<String, int[]> perGroup = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int[] c = perGroup.computeIfAbsent(sample.groups().get(i), g -> new int[2]);
            c[0] += predicted[i] == sample.labels()[i] ? 1 : 0;
            c[1]++;
        }
        StringBuilder groups = new StringBuilder();
        perGroup.forEach((g, c) -> groups.append(String.format(Locale.ROOT, " %s %d/%d", g, c[0], c[1])));
        System.out.printf(
                Locale.ROOT,
                "shipped spam-text-cnn on the committed %d held-out mails: accuracy %.4f (card %.4f), spam precision %.4f"
                        + " recall %.4f F1 %.4f; confusion %s; per group%s%n",
                n,
                evaluation.accuracy(),
                CARD_ACCURACY,
                evaluation.precision(1),
                evaluation.recall(1),
                evaluation.f1(1),
                evaluation.confusionMatrix(),
                groups);

        assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(CARD_ACCURACY - TOLERANCE);
        assertThat(evaluation.accuracy()).isGreaterThan(MAJORITY_ACCURACY);
    }
}
