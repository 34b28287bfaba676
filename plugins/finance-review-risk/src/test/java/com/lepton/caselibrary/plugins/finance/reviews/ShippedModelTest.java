package com.lepton.caselibrary.plugins.finance.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.PostBatch;
import com.lepton.caselibrary.testkit.ShippedModel;
import com.lepton.caselibrary.trainingkit.Evaluation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped SavedModel, served as the portal serves it (DJL, the plugin's adapter), re-scored on the
 * committed 1,000 held-out reviews: the same reviews the card was scored on, so the figures must match it.
 * The model is opened once for the class: loading the SavedModel took longer than running the reviews.
 */
class ShippedModelTest {

    private static final Path MODEL = Path.of("src/main/resources/" + ReviewRiskCase.MODEL_PATH);
    private static final ReviewRiskCase CASE = new ReviewRiskCase();

    private static ShippedModel model;

    @BeforeAll
    static void openTheModel() throws Exception {
        model = ShippedModel.open(MODEL, CASE.adapter());
    }

    @AfterAll
    static void closeTheModel() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void reachesTheCardsFiguresOnTheHeldOutReviews() throws Exception {
        ModelCard card = ShippedModel.card(MODEL);
        List<FineFoodReviews.Review> reviews = HeldOutReviews.read();
        assertThat(reviews).hasSize(card.testExamples());
        List<DemoInput> inputs = new ArrayList<>();
        reviews.forEach(review -> inputs.add(new DemoInput.Text(review.text())));
        List<DemoResult> results = model.runAll(inputs);
        int[] truth = reviews.stream().mapToInt(r -> r.label().ordinal()).toArray();
        int[] predicted = results.stream()
                .mapToInt(r -> ReviewClass.ofKey(
                                ((DemoResult.Classification) r).top().key())
                        .ordinal())
                .toArray();
        Evaluation evaluation = Evaluation.of(truth, predicted, ReviewClass.COUNT);
        System.out.println(ShippedModel.describe(
                "review LSTM held-out accuracy",
                evaluation.accuracy(),
                card.metrics().get("accuracy")));
        // The same reviews through the same graph: only float rounding may move a review across 0.5.
        assertThat(evaluation.accuracy()).isCloseTo(card.metrics().get("accuracy"), within(0.002));
        assertThat(evaluation.accuracy()).isGreaterThan(card.baselines().get("majorityClass.accuracy"));
    }

    @Test
    void samplesComeOutAsTheirLabelsSay() throws Exception {
        List<DemoSample> samples = CASE.demo().samples();
        List<DemoInput> inputs = new ArrayList<>();
        for (DemoSample sample : samples) {
            inputs.add(new DemoInput.Text(read(sample)));
        }
        List<DemoResult> results = model.runAll(inputs);
        for (int i = 0; i < samples.size(); i++) {
            assertThat(((DemoResult.Classification) results.get(i)).top().key())
                    .as(samples.get(i).id())
                    .isEqualTo(samples.get(i).expected());
        }
    }

    @Test
    void theSouringBatchWarnsAndTheCalmOneDoesNot() throws Exception {
        DemoResult.RiskSignal souring = signal("batch-souring");
        assertThat(souring.warning()).isTrue();
        assertThat(souring.trend()).isPositive();
        assertThat(signal("batch-calm").warning()).isFalse();
    }

    private static DemoResult.RiskSignal signal(String id) throws Exception {
        DemoSample sample = CASE.demo().batch().samples().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
        PostBatch posts = PostBatch.split(read(sample));
        List<DemoInput> inputs = new ArrayList<>();
        posts.posts().forEach(post -> inputs.add(new DemoInput.Text(post)));
        List<DemoResult.Classification> classes = model.runAll(inputs).stream()
                .map(DemoResult.Classification.class::cast)
                .toList();
        return new DemoResult.RiskSignal(
                CASE.demo().batch().riskClass(), CASE.demo().batch().warningShare(), posts.posts(), classes);
    }

    private static String read(DemoSample sample) throws Exception {
        return Files.readString(Path.of("src/main/resources", sample.resourcePath()), StandardCharsets.UTF_8);
    }
}
